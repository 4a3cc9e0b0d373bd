#include "dockerfile/typed.h"

#include <gtest/gtest.h>

#include "dockerfile/parser.h"
#include "dockerfile/typed_internal.h"

namespace plimsoll::dockerfile {
namespace {

struct Parsed {
  std::string text;
  Dockerfile file;
  explicit Parsed(std::string t) : text(std::move(t)), file(parse(text)) {}
  const Instruction& at(std::size_t i) const { return file.instructions.at(i); }
  std::string_view of(core::Span span) const { return std::string_view(text).substr(span.begin, span.size()); }
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const auto& d : file.instruction_diagnostics) out.push_back(d.message);
    return out;
  }
};

const Mount& only_mount(const Parsed& p, std::size_t i = 1) {
  const RunArgs* run = p.at(i).typed.run();
  EXPECT_NE(run, nullptr);
  EXPECT_EQ(run->mounts.size(), 1u);
  return run->mounts.at(0);
}

TEST(TypedEnv, PairsAreUnquotedWithSpansOnTheSource) {
  Parsed p("FROM a\nENV A=\"x y\" 'B'=$C D=e\\ f\n");
  const auto& pairs = p.at(1).typed.pairs();
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0].key, "A");
  EXPECT_EQ(pairs[0].value, "x y");
  EXPECT_EQ(pairs[0].raw_value, "\"x y\"");
  EXPECT_EQ(p.of(pairs[0].value_span), "\"x y\"");
  EXPECT_EQ(pairs[1].key, "B");
  EXPECT_EQ(p.of(pairs[1].key_span), "'B'");
  EXPECT_EQ(pairs[1].value, "$C");  // variables stay as written
  EXPECT_EQ(pairs[2].value, "e f");
  EXPECT_FALSE(pairs[0].legacy);
}

TEST(TypedEnv, LegacyFormIsOnePairWithTheWholeRest) {
  Parsed p("FROM a\nENV PATH /root/.local/bin:$PATH more\nLABEL \"com.x\" \"v 1\"\n");
  const auto& env = p.at(1).typed.pairs();
  ASSERT_EQ(env.size(), 1u);
  EXPECT_TRUE(env[0].legacy);
  EXPECT_EQ(env[0].key, "PATH");
  EXPECT_EQ(env[0].value, "/root/.local/bin:$PATH more");
  EXPECT_EQ(p.of(env[0].value_span), "/root/.local/bin:$PATH more");
  const auto& label = p.at(2).typed.pairs();
  ASSERT_EQ(label.size(), 1u);
  EXPECT_EQ(label[0].key, "com.x");
  EXPECT_EQ(label[0].value, "v 1");
}

TEST(TypedEnv, TheEscapeDirectiveDecidesWhatUnquotes) {
  // With a backtick escape, a backtick protects the space and a backslash is an ordinary byte.
  Parsed p("# escape=`\nFROM a\nENV A=x` y B=C:\\dir\n");
  const auto& pairs = p.at(1).typed.pairs();
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0].value, "x y");
  EXPECT_EQ(pairs[1].value, "C:\\dir");
}

TEST(TypedArg, SeveralDeclarationsWithDefaults) {
  Parsed p("ARG A B=1 \"C\"=\"two words\" D=\nFROM a\n");
  const auto& args = p.at(0).typed.args();
  ASSERT_EQ(args.size(), 4u);
  EXPECT_EQ(args[0].name, "A");
  EXPECT_FALSE(args[0].default_value.has_value());
  EXPECT_EQ(args[1].name, "B");
  EXPECT_EQ(args[1].default_value, "1");
  EXPECT_EQ(p.of(args[1].name_span), "B");
  EXPECT_EQ(p.of(args[1].default_span), "1");
  EXPECT_EQ(args[2].name, "C");
  EXPECT_EQ(args[2].default_value, "two words");
  EXPECT_EQ(args[2].raw_default, "\"two words\"");
  EXPECT_EQ(p.of(args[2].default_span), "\"two words\"");
  EXPECT_EQ(args[3].default_value, "");
}

TEST(TypedArg, BlankNameIsAnError) {
  Parsed p("FROM a\nARG =x\n");
  EXPECT_EQ(p.errors(), std::vector<std::string>{"ARG names can not be blank"});
}

TEST(TypedCopy, FlagsSourcesAndDestination) {
  Parsed p("FROM a\nCOPY --from=build --chown=app:app --chmod=0644 --link --parents --exclude=*.md "
           "--exclude=*.txt a b /dst/\n");
  const auto& copy = *p.at(1).typed.copy();
  ASSERT_TRUE(copy.from);
  EXPECT_EQ(copy.from->value, "build");
  EXPECT_EQ(p.of(copy.from->span), "build");
  EXPECT_EQ(p.of(copy.from->flag_span), "--from=build");
  EXPECT_EQ(copy.chown->value, "app:app");
  EXPECT_EQ(copy.chmod->value, "0644");
  EXPECT_TRUE(copy.linked());
  EXPECT_TRUE(copy.parents && copy.parents->value);
  ASSERT_EQ(copy.excludes.size(), 2u);
  EXPECT_EQ(copy.excludes[1].value, "*.txt");
  ASSERT_EQ(copy.sources.size(), 2u);
  EXPECT_EQ(copy.sources[1].path, "b");
  EXPECT_EQ(p.of(copy.sources[1].span), "b");
  EXPECT_EQ(copy.destination->value, "/dst/");
  EXPECT_FALSE(copy.from_context());
}

TEST(TypedCopy, AddOnlyFlagsAndBooleanValues) {
  Parsed p("FROM a\nADD --checksum=sha256:ab --keep-git-dir=false --link=FALSE https://x/y.tgz /y\n");
  const auto& add = *p.at(1).typed.copy();
  EXPECT_EQ(add.checksum->value, "sha256:ab");
  EXPECT_FALSE(add.keep_git_dir->value);
  EXPECT_FALSE(add.linked());
  EXPECT_TRUE(add.from_context());
}

TEST(TypedCopy, ExecForm) {
  Parsed p("FROM a\nCOPY [\"a b\", \"/c d/\"]\n");
  const auto& copy = *p.at(1).typed.copy();
  EXPECT_TRUE(copy.json);
  ASSERT_EQ(copy.sources.size(), 1u);
  EXPECT_EQ(copy.sources[0].path, "a b");
  EXPECT_EQ(copy.destination->value, "/c d/");
}

TEST(TypedCopy, HeredocSourcesPointAtTheirBodies) {
  Parsed p("FROM a\nCOPY <<one <<two real.txt /etc/\nfirst\none\nsecond\ntwo\n");
  const auto& in = p.at(1);
  const auto& copy = *in.typed.copy();
  ASSERT_EQ(copy.sources.size(), 3u);
  EXPECT_TRUE(copy.sources[0].inline_file);
  EXPECT_EQ(copy.sources[0].heredoc, 0u);
  EXPECT_EQ(copy.sources[1].heredoc, 1u);
  EXPECT_EQ(in.heredocs.at(*copy.sources[1].heredoc).content, "second\n");
  EXPECT_FALSE(copy.sources[2].inline_file);
  EXPECT_EQ(copy.destination->value, "/etc/");
}

TEST(TypedCopy, HeredocDestinationAndMissingDestinationAreErrors) {
  Parsed p("FROM a\nCOPY a <<EOF\nx\nEOF\nCOPY onlyone\n");
  EXPECT_EQ(p.errors(), (std::vector<std::string>{
                            "COPY cannot accept a heredoc as a destination",
                            "COPY requires at least two arguments, but only one was provided. Destination could not "
                            "be determined"}));
}

TEST(TypedCopy, QuotedFlagValueSpanFallsOnTheValue) {
  Parsed p("FROM a\nCOPY --chown=\"app user\" a b\n");
  const auto& chown = *p.at(1).typed.copy()->chown;
  EXPECT_EQ(chown.value, "app user");
  EXPECT_EQ(p.of(chown.span), "app user");  // inside the quotes the scanner removed
}

TEST(TypedOnbuild, TriggerIsTypedWithTheOnbuildsHeredocs) {
  Parsed p("FROM a\nONBUILD COPY --from=b <<EOF /x\nbody\nEOF\nONBUILD RUN --mount=type=cache,target=/c make\n");
  const Instruction& trigger = *p.at(1).onbuild;
  ASSERT_NE(trigger.typed.copy(), nullptr);
  EXPECT_EQ(trigger.typed.copy()->from->value, "b");
  EXPECT_EQ(trigger.typed.copy()->sources.at(0).heredoc, 0u);
  const RunArgs* run = p.at(2).onbuild->typed.run();
  ASSERT_NE(run, nullptr);
  EXPECT_EQ(run->mounts.at(0).type, MountType::kCache);
  EXPECT_EQ(p.at(2).typed.run(), nullptr);  // the ONBUILD itself is not a RUN
  EXPECT_TRUE(p.at(2).typed.pairs().empty());
}

TEST(TypedRun, MountFieldsKeysAndDefaults) {
  Parsed p("FROM a\nRUN --mount=Type=Cache,DST=/root/.cache,id=pip,sharing=Locked,mode=0755,uid=1000,gid=1000 pip\n");
  const Mount& m = only_mount(p);
  EXPECT_TRUE(m.valid);
  EXPECT_EQ(m.type, MountType::kCache);
  EXPECT_EQ(m.target->value, "/root/.cache");
  EXPECT_EQ(p.of(m.target->span), "/root/.cache");
  EXPECT_EQ(m.id->value, "pip");
  EXPECT_EQ(m.sharing->value, "locked");
  EXPECT_EQ(m.mode, 0755u);
  EXPECT_EQ(m.uid, 1000u);
  EXPECT_FALSE(m.readonly);  // cache mounts are writable unless told otherwise
  EXPECT_TRUE(p.errors().empty());
}

TEST(TypedRun, BindIsTheDefaultAndReadOnly) {
  Parsed p("FROM a\nRUN --mount=target=/src,from=build,source=/out make\n");
  const Mount& m = only_mount(p);
  EXPECT_EQ(m.type, MountType::kBind);
  EXPECT_FALSE(m.type_field.has_value());
  EXPECT_TRUE(m.readonly);
  EXPECT_EQ(m.from->value, "build");
  EXPECT_EQ(m.source->value, "/out");
}

TEST(TypedRun, ReadOnlyAndReadWriteWithAndWithoutValues) {
  Parsed p("FROM a\nRUN --mount=type=bind,target=/a,rw --mount=type=cache,target=/b,ro "
           "--mount=type=bind,target=/c,readwrite=false --mount=type=cache,target=/d,readonly=0 true\n");
  const auto& mounts = p.at(1).typed.run()->mounts;
  ASSERT_EQ(mounts.size(), 4u);
  EXPECT_FALSE(mounts[0].readonly);
  EXPECT_TRUE(mounts[1].readonly);
  EXPECT_TRUE(mounts[2].readonly);
  EXPECT_FALSE(mounts[3].readonly);
  EXPECT_TRUE(mounts[3].readonly_written);
  EXPECT_TRUE(p.errors().empty());
}

TEST(TypedRun, SecretAndSshMounts) {
  Parsed p("FROM a\nRUN --mount=type=secret,id=npm,env=NPM_TOKEN,required --mount=type=ssh,required=true "
           "--mount=type=tmpfs,target=/t,size=64m true\n");
  const auto& mounts = p.at(1).typed.run()->mounts;
  ASSERT_EQ(mounts.size(), 3u);
  EXPECT_EQ(mounts[0].type, MountType::kSecret);
  EXPECT_TRUE(mounts[0].required);
  EXPECT_EQ(mounts[0].env->value, "NPM_TOKEN");
  EXPECT_TRUE(mounts[1].required);
  EXPECT_EQ(mounts[2].size, 64 * 1024 * 1024);
  EXPECT_TRUE(p.errors().empty());
}

TEST(TypedRun, CsvQuotingKeepsCommasInAField) {
  // The flag scanner removes the single quotes; the CSV reader sees the double quotes.
  Parsed p("FROM a\nRUN --mount='type=bind,\"source=a,b\",target=/x' true\n");
  const Mount& m = only_mount(p);
  EXPECT_TRUE(m.valid);
  EXPECT_EQ(m.source->value, "a,b");
  EXPECT_EQ(m.target->value, "/x");
  EXPECT_EQ(p.of(m.target->span), "/x");
}

TEST(TypedRun, MountErrorsHaveMessagesAndSpans) {
  Parsed p("FROM a\n"
           "RUN --mount=type=cahce,target=/x true\n"
           "RUN --mount=type=cache,target=/x,colour=red true\n"
           "RUN --mount=type=bind,mode=0644,target=/x true\n"
           "RUN --mount=type=cache,size=1g,target=/x true\n"
           "RUN --mount=type=cache,target=/x,sharing=maybe true\n"
           "RUN --mount=type=cache,target=/x,uid=me true\n"
           "RUN --mount=type=secret true\n"
           "RUN --mount=type=bind,from=$STAGE,target=/x true\n"
           "RUN --mount=type=bind,target=/x,bogus true\n"
           "RUN --mount=type=cache,target=/x\\\"y true\n"
           "RUN --mount=type=cache,target=/x,ro=maybe true\n");
  EXPECT_EQ(p.errors(), (std::vector<std::string>{
                            "unsupported mount type \"cahce\" (bind, cache, tmpfs, secret or ssh)",
                            "unexpected key 'colour' in 'colour=red' (type, from, source, target, readonly, id, "
                            "sharing, required, mode, uid, gid, size, env)",
                            "mode not allowed for \"bind\" type mounts",
                            "unexpected key 'size' for mount type 'cache'",
                            "unsupported sharing value \"maybe\" (shared, private or locked)",
                            "invalid value me for uid",
                            "invalid secret mount. one of source, target, id or env required",
                            "'from' doesn't support variable expansion, define alias stage instead",
                            "invalid field 'bogus' must be a key=value pair",
                            "failed to parse csv mounts: bare \" in non-quoted-field",
                            "invalid value for ro: maybe",
                        }));
  const auto& d = p.file.instruction_diagnostics;
  EXPECT_EQ(p.of(d[0].span), "cahce");
  EXPECT_EQ(p.of(d[1].span), "colour=red");
  EXPECT_EQ(p.of(d[2].span), "mode=0644");
  EXPECT_EQ(p.of(d[8].span), "bogus");
  EXPECT_EQ(p.of(d[9].span), "\\\"");  // the escaped quote the CSV reader refuses
  EXPECT_FALSE(p.at(1).typed.run()->mounts.at(0).valid);
}

TEST(TypedRun, VariablesInMountFieldsAreNotJudged) {
  Parsed p("FROM a\nRUN --mount=type=$KIND,target=$DIR,uid=$UID true\n");
  EXPECT_TRUE(p.errors().empty());
  EXPECT_EQ(only_mount(p).target->value, "$DIR");
}

TEST(TypedRun, HugeSizesAreInvalidNotExceptions) {
  Parsed p("FROM a\nRUN --mount=type=tmpfs,target=/t,size=" + std::string(400, '9') + " true\n");
  EXPECT_EQ(p.errors().size(), 1u);
  EXPECT_FALSE(only_mount(p).size.has_value());
}

TEST(TypedRun, NetworkSecurityAndNoFlags) {
  Parsed p("FROM a\nRUN --network=none --security=insecure true\nRUN true\n");
  const auto& run = *p.at(1).typed.run();
  EXPECT_EQ(run.network->value, "none");
  EXPECT_EQ(run.security->value, "insecure");
  EXPECT_TRUE(run.has_flags());
  EXPECT_FALSE(p.at(2).typed.run()->has_flags());
}

TEST(TypedRun, MalformedFlagsNeverCrash) {
  Parsed p("FROM a\nRUN --mount --mount= --mount=, --mount=\"\" --mount=type=cache,target true\n");
  ASSERT_NE(p.at(1).typed.run(), nullptr);
  EXPECT_FALSE(p.errors().empty());
}

TEST(TypedHealthcheck, OptionsAndCommand) {
  Parsed p("FROM a\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --retries=3 "
           "CMD [\"curl\", \"-f\", \"http://localhost/\"]\n");
  const auto& check = *p.at(1).typed.healthcheck();
  EXPECT_FALSE(check.none);
  EXPECT_EQ(check.interval_ns, 90'000'000'000);
  EXPECT_EQ(check.timeout_ns, 500'000'000);
  EXPECT_EQ(check.start_period_ns, 0);
  EXPECT_EQ(check.retries_count, 3);
  EXPECT_TRUE(check.json);
  ASSERT_EQ(check.command.size(), 3u);
  EXPECT_EQ(check.command[0].value, "curl");
  ASSERT_NE(check.option("timeout"), nullptr);
  EXPECT_EQ(check.option("start-interval"), nullptr);
  EXPECT_TRUE(p.errors().empty());
}

TEST(TypedHealthcheck, NoneAndErrors) {
  Parsed p("FROM a\nHEALTHCHECK none\nHEALTHCHECK --interval=5 --retries=-1 CMD true\n"
           "HEALTHCHECK --timeout=10us CMD true\nHEALTHCHECK CMD\nHEALTHCHECK PING x\nHEALTHCHECK NONE x\n");
  EXPECT_TRUE(p.at(1).typed.healthcheck()->none);
  EXPECT_EQ(p.errors(), (std::vector<std::string>{
                            "time: invalid duration \"5\" for --interval (e.g. 30s, 1m30s, 500ms)",
                            "--retries cannot be negative (-1)",
                            "Interval \"timeout\" cannot be less than 1ms",
                            "Missing command after HEALTHCHECK CMD",
                            "Unknown type \"PING\" in HEALTHCHECK (try CMD)",
                            "HEALTHCHECK NONE takes no arguments",
                        }));
}

TEST(GoDuration, AcceptsWhatGoAccepts) {
  using internal::parse_go_duration;
  EXPECT_EQ(parse_go_duration("0"), 0);
  EXPECT_EQ(parse_go_duration("1h2m3s"), 3'723'000'000'000);
  EXPECT_EQ(parse_go_duration("1.5s"), 1'500'000'000);
  EXPECT_EQ(parse_go_duration(".5ms"), 500'000);
  EXPECT_EQ(parse_go_duration("-2s"), -2'000'000'000);
  EXPECT_EQ(parse_go_duration("3\xC2\xB5s"), 3'000);
  EXPECT_FALSE(parse_go_duration(""));
  EXPECT_FALSE(parse_go_duration("5"));
  EXPECT_FALSE(parse_go_duration("s"));
  EXPECT_FALSE(parse_go_duration("1d"));
  EXPECT_FALSE(parse_go_duration("."));
  EXPECT_FALSE(parse_go_duration(std::string(400, '9') + "s"));  // overflow, not an exception
}

TEST(TypedLayer, ParserDiagnosticsStayTheParsersOwn) {
  Parsed p("FROM a\nRUN --mount=type=nope true\n");
  EXPECT_TRUE(p.file.ok());
  EXPECT_EQ(p.errors().size(), 1u);
}

}  // namespace
}  // namespace plimsoll::dockerfile

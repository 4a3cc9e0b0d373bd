#include "dockerfile/validate.h"

#include <gtest/gtest.h>

#include "dockerfile/parser.h"

namespace plimsoll::dockerfile {
namespace {

std::vector<std::string> messages(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& d : validate_flags(parse(text))) out.push_back(d.message);
  return out;
}

TEST(ValidateFlags, AcceptsEveryDocumentedFlag) {
  EXPECT_TRUE(messages("FROM --platform=$BUILDPLATFORM golang:1.22 AS b\n"
                       "COPY --from=b --chown=1:1 --chmod=755 --link --parents --exclude=*.md --exclude=x . /\n"
                       "ADD --checksum=sha256:abc --keep-git-dir=true --unpack=false https://x/y /y\n"
                       "RUN --mount=type=cache,target=/c --mount=type=secret,id=s --network=none --security=sandbox true\n"
                       "HEALTHCHECK --interval=5s --timeout=1s --start-period=1s --start-interval=1s --retries=3 CMD true\n"
                       "ARG --anything=goes X\nSTOPSIGNAL --ignored SIGTERM\nHEALTHCHECK --bogus NONE\n")
                  .empty());
}

TEST(ValidateFlags, RejectsUnknownDuplicateAndMistypedFlags) {
  EXPECT_EQ(messages("FROM alpine:3.20\nCOPY --chwon=app a b\n"),
            std::vector<std::string>{"unknown flag: --chwon (on COPY)"});
  EXPECT_EQ(messages("FROM alpine:3.20\nCOPY --from=a --from=b x y\n"),
            std::vector<std::string>{"duplicate flag specified: --from"});
  EXPECT_EQ(messages("FROM alpine:3.20\nCOPY --link=yes a b\n"),
            std::vector<std::string>{"expecting boolean value for flag --link, not: yes"});
  EXPECT_EQ(messages("FROM alpine:3.20\nRUN --network=bridge true\n"),
            std::vector<std::string>{"unsupported network mode \"bridge\""});
  EXPECT_EQ(messages("FROM alpine:3.20\nCMD --doit [\"a\"]\n"), std::vector<std::string>{"unknown flag: --doit (on CMD)"});
  EXPECT_EQ(messages("FROM alpine:3.20\nONBUILD COPY --nope a b\n"), std::vector<std::string>{"unknown flag: --nope (on COPY)"});
  EXPECT_EQ(messages("FROM alpine:3.20\nCOPY --from a b\n"), std::vector<std::string>{"missing a value on flag: --from"});
}

}  // namespace
}  // namespace plimsoll::dockerfile

#include "lsp/json_limits.h"

#include <string>

namespace plimsoll::lsp {
namespace {

// nlohmann's own tree builder, behind a SAX handler that counts depth and values and stops the
// parse (by returning false) at the first one past a limit.
class BoundedBuilder final : public nlohmann::json_sax<Json> {
 public:
  BoundedBuilder(Json& out, const JsonLimits& limits) : dom_(out, /*allow_exceptions=*/false), limits_(limits) {}

  BoundedParse::Outcome outcome() const { return outcome_; }
  const std::string& error() const { return error_; }

  bool null() override { return value() && dom_.null(); }
  bool boolean(bool v) override { return value() && dom_.boolean(v); }
  bool number_integer(number_integer_t v) override { return value() && dom_.number_integer(v); }
  bool number_unsigned(number_unsigned_t v) override { return value() && dom_.number_unsigned(v); }
  bool number_float(number_float_t v, const string_t& s) override { return value() && dom_.number_float(v, s); }
  bool string(string_t& v) override { return value() && dom_.string(v); }
  bool binary(binary_t& v) override { return value() && dom_.binary(v); }
  bool start_object(std::size_t n) override { return open() && dom_.start_object(n); }
  bool key(string_t& v) override { return dom_.key(v); }
  bool end_object() override {
    --depth_;
    return dom_.end_object();
  }
  bool start_array(std::size_t n) override { return open() && dom_.start_array(n); }
  bool end_array() override {
    --depth_;
    return dom_.end_array();
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    outcome_ = BoundedParse::Outcome::kSyntax;
    error_ = "the message is not valid JSON (at byte " + std::to_string(position) + ")";
    (void)e;
    return false;
  }

 private:
  bool value() {
    if (++values_ <= limits_.max_values) return true;
    outcome_ = BoundedParse::Outcome::kTooMany;
    error_ = "the message holds more than " + std::to_string(limits_.max_values) + " JSON values";
    return false;
  }
  bool open() {
    if (!value()) return false;
    if (++depth_ <= limits_.max_depth) return true;
    outcome_ = BoundedParse::Outcome::kTooDeep;
    error_ = "the message nests deeper than " + std::to_string(limits_.max_depth) + " levels";
    return false;
  }

  nlohmann::detail::json_sax_dom_parser<Json> dom_;
  const JsonLimits& limits_;
  std::size_t depth_ = 0;
  std::size_t values_ = 0;
  BoundedParse::Outcome outcome_ = BoundedParse::Outcome::kOk;
  std::string error_;
};

}  // namespace

BoundedParse parse_bounded(std::string_view body, const JsonLimits& limits) {
  BoundedParse result;
  BoundedBuilder builder(result.value, limits);
  bool ok = false;
  try {
    ok = Json::sax_parse(body.begin(), body.end(), &builder);
  } catch (const std::exception&) {
    ok = false;  // the tree builder throws nothing with exceptions off; a guard for the lexer
  }
  if (ok) return result;
  result.outcome = builder.outcome() == BoundedParse::Outcome::kOk ? BoundedParse::Outcome::kSyntax : builder.outcome();
  result.error = builder.error().empty() ? "the message is not valid JSON" : builder.error();
  result.value = Json();
  return result;
}

}  // namespace plimsoll::lsp

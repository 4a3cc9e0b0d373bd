// Document sync (full text; ranged changes are applied too, for clients that send them) and
// the relint that follows every change.
#include <algorithm>
#include <filesystem>

#include "lsp/diagnostics.h"
#include "lsp/params.h"
#include "lsp/server.h"
#include "lsp/uri.h"
#include "project/project.h"
#include "util/path.h"

namespace plimsoll::lsp {

Document& Server::open_document(const Json& params) {
  std::string uri = document_uri(params);
  auto it = documents_.find(uri);
  if (it == documents_.end()) throw BadParams{"document `" + uri + "` is not open"};
  return it->second;
}

void Server::did_open(const Json& params) {
  const Json& item = object_field(params, "textDocument", "params");
  std::string uri = string_field(item, "uri", "params.textDocument");
  Document doc;
  doc.text = string_field(item, "text", "params.textDocument");
  doc.version = item.contains("version") ? int_field(item, "version", "params.textDocument") : 0;
  doc.language_id =
      item.contains("languageId") ? string_field(item, "languageId", "params.textDocument") : "";
  auto path = path_from_uri(uri);
  // A buffer without a file (untitled:) is linted under the working directory.
  doc.path = util::absolute_path(path ? *path : std::filesystem::path(uri).filename().string());
  Document& stored = documents_[uri] = std::move(doc);
  share_text(stored);
  linter_.forget_files();  // the opened file may be new, or be the first sign of others
  relint(uri, stored);
}

void Server::did_change(const Json& params) {
  Document& doc = open_document(params);
  const Json& item = object_field(params, "textDocument", "params");
  if (item.contains("version")) doc.version = int_field(item, "version", "params.textDocument");
  auto changes = params.find("contentChanges");
  if (changes == params.end() || !changes->is_array())
    throw BadParams{"`params.contentChanges` must be an array"};
  for (const auto& change : *changes) {
    std::string text = string_field(change, "text", "params.contentChanges[]");
    auto range_field = change.find("range");
    if (range_field == change.end()) {
      doc.text = std::move(text);
      continue;
    }
    auto range = range_from_json(*range_field);
    if (!range) throw BadParams{"`params.contentChanges[].range` is not a Range"};
    util::LineIndex lines(doc.text);
    std::size_t begin = offset_of(lines, doc.text, range->start);
    std::size_t end = std::max(begin, offset_of(lines, doc.text, range->end));
    doc.text.replace(begin, end - begin, text);
  }
  share_text(doc);
  relint(document_uri(params), doc);
}

void Server::did_close(const Json& params) {
  std::string uri = document_uri(params);
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;
  std::string path = it->second.path;
  documents_.erase(it);
  // Another URI may spell the same file: its text stays.
  bool still_open = std::any_of(documents_.begin(), documents_.end(),
                                [&](const auto& entry) { return entry.second.path == path; });
  if (!still_open) buffers_->erase(util::absolute_path(path));
  outbox_.push_back(notification("textDocument/publishDiagnostics",
                                 {{"uri", uri}, {"diagnostics", Json::array()}}));
}

void Server::did_save(const Json& params) {
  std::string uri = document_uri(params);
  auto it = documents_.find(uri);
  auto path = path_from_uri(uri);
  if (it != documents_.end() && params.contains("text") && params["text"].is_string()) {
    it->second.text = params["text"].get<std::string>();
    share_text(it->second);
  }
  // What is on disk changed: neighbours of other buffers, or the configuration itself.
  if (path && std::filesystem::path(*path).filename().string().starts_with(".plimsoll.y")) linter_.forget_configs();
  linter_.forget_files();
  relint_all();
}

void Server::share_text(const Document& doc) {
  (*buffers_)[util::absolute_path(doc.path)] = std::make_shared<const std::string>(doc.text);
}

void Server::relint(const std::string& uri, Document& doc) {
  doc.lint = linter_.lint(doc.path, doc.text, doc.language_id, buffers_);
  if (!doc.lint.config_error.empty() && doc.lint.config_error != last_config_error_) {
    // Once per distinct error: the user fixes the file, the message stops.
    outbox_.push_back(notification(
        "window/showMessage",
        {{"type", 1}, {"message", "plimsoll: " + doc.lint.config_error + " (using defaults)"}}));
  }
  last_config_error_ = doc.lint.config_error;
  outbox_.push_back(
      notification("textDocument/publishDiagnostics", publish_params(uri, doc.version, doc.lint)));
}

void Server::relint_all() {
  for (auto& [uri, doc] : documents_) relint(uri, doc);
}

}  // namespace plimsoll::lsp

#include "conformance_data.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace plimsoll::conformance {

std::string data_path(const std::string& relative) {
  return std::string(PLIMSOLL_SHARED_DIR) + "/conformance/" + relative;
}

std::string read_data(const std::string& relative) {
  std::ifstream in(data_path(relative), std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::string> read_lines(const std::string& relative) {
  std::string text = read_data(relative);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> subdirectories(const std::string& relative) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_path(relative), ec)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace plimsoll::conformance

// The TOML floor: every TOML file and Markdown front matter under a content
// folder through toml11 alone, parsed as prongsai parses them (same call, same
// short source name), on one core, with nothing rendered or written. What a
// build that reads this content with toml11 cannot go below on one core.
//
// Usage: toml_floor CONTENT_DIR   (prints the number of documents parsed)
#include <toml.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The TOML between a Markdown file's opening "+++" line and the next one.
std::string front_matter(const std::string& text) {
    if (text.rfind("+++\n", 0) != 0) return {};
    std::size_t end = text.find("\n+++", 3);
    return end == std::string::npos ? std::string() : text.substr(4, end - 3);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: toml_floor CONTENT_DIR\n";
        return 2;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(argv[1]))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    long documents = 0;
    for (const auto& file : files) {
        std::string toml;
        if (file.extension() == ".toml")
            toml = read(file);
        else if (file.extension() == ".md")
            toml = front_matter(read(file));
        if (toml.empty()) continue;
        std::istringstream in(toml);
        try {
            (void)toml::parse(in, "toml");
            ++documents;
        } catch (const std::exception& e) {
            std::cerr << file.string() << ": " << e.what() << '\n';
            return 1;
        }
    }
    std::cout << documents << '\n';
    return 0;
}

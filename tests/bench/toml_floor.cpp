// The TOML floor: every TOML file and Markdown front matter under a content
// folder through toml11 alone, parsed as prongsai parses them (same call, same
// short source name), with nothing rendered or written. What a build that
// reads this content with toml11 cannot go below on THREADS cores: the files
// are shared out one at a time, so no thread waits while another has work.
//
// Usage: toml_floor [-j THREADS] CONTENT_DIR   (prints the number of documents parsed)
#include <toml.hpp>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
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

// Parses the file's TOML; false (and says why) when toml11 rejects it.
bool parse(const fs::path& file, long& documents) {
    std::string toml;
    if (file.extension() == ".toml")
        toml = read(file);
    else if (file.extension() == ".md")
        toml = front_matter(read(file));
    if (toml.empty()) return true;
    std::istringstream in(toml);
    try {
        (void)toml::parse(in, "toml");
        ++documents;
        return true;
    } catch (const std::exception& e) {
        std::cerr << file.string() + ": " + e.what() + "\n";
        return false;
    }
}

} // namespace

int main(int argc, char** argv) {
    unsigned threads = 1;
    if (argc == 4 && std::string_view(argv[1]) == "-j") {
        std::string_view n = argv[2];
        if (std::from_chars(n.data(), n.data() + n.size(), threads).ptr != n.data() + n.size())
            threads = 0;
    }
    if ((argc != 2 && argc != 4) || threads == 0) {
        std::cerr << "usage: toml_floor [-j THREADS] CONTENT_DIR\n";
        return 2;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(argv[argc - 1]))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::atomic<std::size_t> next{0};
    std::atomic<long> documents{0};
    std::atomic<bool> ok{true};
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back([&] {
            long parsed = 0;
            for (std::size_t i; ok && (i = next++) < files.size();)
                if (!parse(files[i], parsed)) ok = false;
            documents += parsed;
        });
    for (auto& w : workers)
        w.join();
    if (!ok) return 1;
    std::cout << documents << '\n';
    return 0;
}

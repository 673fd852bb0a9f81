// prongsai: the command line. Parses arguments and hands over to build_site.
#include "build.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace {

std::filesystem::path program_dir() {
    std::error_code ec;
    return std::filesystem::read_symlink("/proc/self/exe", ec).parent_path();
}

int report(const prongsai::BuildResult& r, const char* verb, bool wrote) {
    std::cerr << r.report;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", r.seconds);
    if (!r.ok) {
        std::cerr << "prongsai " << verb << ": " << r.errors << " error(s), " << r.warnings
                  << " warning(s); " << (wrote ? "the site was not changed" : "nothing written")
                  << "\n";
        return 1;
    }
    if (wrote)
        std::cout << r.pages << " pages written, " << r.warnings << " warning(s), " << seconds
                  << " s\n";
    else
        std::cout << "no errors, " << r.warnings << " warning(s), " << seconds << " s\n";
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"prongsai: builds a Thai local organisation's transparency portal from "
                 "Markdown and TOML files",
                 "prongsai"};
    app.set_version_flag("--version", std::string("prongsai ") + PRONGSAI_VERSION);
    app.require_subcommand(1);

    prongsai::BuildOptions options;
    options.program_dir = program_dir();
    std::string content = "content", out = "site";
    unsigned threads = 0;

    CLI::App* build = app.add_subcommand("build", "build the site from CONTENT into OUT");
    build->add_option("content", content, "the content folder")->capture_default_str();
    build->add_option("-o,--output", out, "the output folder")->capture_default_str();
    build->add_option("-j,--jobs", threads, "threads to render with (default: one per core)");

    CLI::App* check = app.add_subcommand("check", "check CONTENT and write nothing");
    check->add_option("content", content, "the content folder")->capture_default_str();

    CLI11_PARSE(app, argc, argv);

    options.content = content;
    options.out = out;
    options.threads = threads;
    if (check->parsed()) {
        options.write = false;
        return report(prongsai::build_site(options), "check", false);
    }
    return report(prongsai::build_site(options), "build", true);
}

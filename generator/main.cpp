// prongsai: the command line. Parses arguments and hands over to build_site.
#include "archives.h"
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

int archive_command(const prongsai::BuildOptions& options, int year) {
    prongsai::ArchiveResult r = prongsai::archive_year(options, year);
    std::cerr << r.report;
    if (!r.ok) {
        std::cerr << "prongsai archive: nothing was archived\n";
        return 1;
    }
    std::cout << "archived fiscal year " << year << ": " << r.files << " files in " << r.folder
              << ", and " << r.tarball << "\n";
    return 0;
}

int verify_command(const std::string& path) {
    prongsai::VerifyResult r = prongsai::verify_archive(path);
    if (!r.error.empty()) {
        std::cerr << "prongsai verify: " << r.error << "\n";
        return 1;
    }
    for (const auto& f : r.changed)
        std::cout << "changed: " << f << "\n";
    for (const auto& f : r.missing)
        std::cout << "missing: " << f << "\n";
    for (const auto& f : r.extra)
        std::cout << "extra: " << f << "\n";
    if (!r.ok) {
        std::cout << path << ": " << r.changed.size() + r.missing.size() + r.extra.size()
                  << " file(s) differ from the manifest\n";
        return 1;
    }
    std::cout << path << ": all " << r.files << " files match the manifest\n";
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

    int year = 0;
    CLI::App* archive = app.add_subcommand(
        "archive",
        "freeze the portal of fiscal year YEAR into CONTENT/archive/YEAR/ and a .tar.gz");
    archive->add_option("year", year, "the fiscal year (พ.ศ.), e.g. 2566")->required();
    archive->add_option("content", content, "the content folder")->capture_default_str();

    std::string verify_path;
    CLI::App* verify = app.add_subcommand(
        "verify", "check an archived year (folder or .tar.gz) against its MANIFEST.sha256");
    verify->add_option("path", verify_path, "e.g. content/archive/2566")->required();

    CLI11_PARSE(app, argc, argv);

    options.content = content;
    options.out = out;
    options.threads = threads;
    if (archive->parsed()) return archive_command(options, year);
    if (verify->parsed()) return verify_command(verify_path);
    if (check->parsed()) {
        options.write = false;
        return report(prongsai::build_site(options), "check", false);
    }
    return report(prongsai::build_site(options), "build", true);
}

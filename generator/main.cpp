// prongsai: the command line. Parses arguments and hands over to build_site.
#include "archives.h"
#include "build.h"
#include "import/import.h"
#include "scaffold.h"
#include "serve.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <unistd.h>
#include <vector>

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
        std::cout << r.pages << " pages written"
                  << (r.rendered < r.pages
                          ? " (" + std::to_string(r.rendered) + " rendered, " +
                                std::to_string(r.pages - r.rendered) + " unchanged)"
                          : std::string())
                  << ", " << r.warnings << " warning(s), " << seconds << " s\n";
    else
        std::cout << "no errors, " << r.warnings << " warning(s), " << seconds << " s\n";
    std::cout << r.oit;
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
              << ", and " << r.tarball << "\n"
              << "SHA-256 of its " << prongsai::manifest_name << ": " << r.manifest_digest << "\n"
              << "publish this SHA-256 where it cannot be changed later (an announcement, a "
                 "notarised copy): prongsai verify "
              << r.folder
              << " --digest SHA-256 checks the "
                 "archive against it\n";
    return 0;
}

int verify_command(const std::string& path, const std::string& digest) {
    prongsai::VerifyResult r = prongsai::verify_archive(path, digest);
    if (!r.error.empty()) {
        std::cerr << r.error << "prongsai verify: the archive could not be checked\n";
        return 1;
    }
    for (const auto& f : r.changed)
        std::cout << "changed: " << f << "\n";
    for (const auto& f : r.missing)
        std::cout << "missing: " << f << "\n";
    for (const auto& f : r.extra)
        std::cout << "extra: " << f << "\n";
    std::size_t differ = r.changed.size() + r.missing.size() + r.extra.size();
    if (differ)
        std::cout << path << ": " << differ << " file(s) differ from the manifest\n";
    else
        std::cout << path << ": all " << r.files << " files match the manifest\n";
    std::cout << "SHA-256 of its " << prongsai::manifest_name << ": " << r.digest << "\n";
    if (!r.published.empty())
        std::cout << (r.digest_ok ? "it is the published SHA-256\n"
                                  : "it is NOT the published SHA-256 (" + r.published +
                                        "): this is not the archive that was published\n");
    if (!r.chain.empty()) {
        std::cout << "the archived years in " << r.archive_folder
                  << ", each recording the one before it:\n";
        for (const auto& link : r.chain)
            std::cout << "  " << link.year << "  "
                      << (link.digest.empty() ? std::string(64, '-') : link.digest) << "  "
                      << (link.ok ? "" : "BROKEN: ") << link.note << "\n";
        std::cout << (r.chain_ok ? "the chain holds: no year was changed after the next one was "
                                   "archived\n"
                                 : "the chain is broken: an archived year was changed after the "
                                   "next one recorded it (see BROKEN above)\n");
    }
    if (!r.chain_note.empty()) std::cout << r.chain_note << "\n";
    return r.ok ? 0 : 1;
}

// `new KIND [CONTENT]`, or `new document FILE [CONTENT]`.
int new_command(prongsai::NewOptions o, const std::vector<std::string>& args,
                const std::optional<std::string>& number) {
    // Checked here, as text: CLI11 would wrap 2147483648 round to a negative
    // int, and a number the loader refuses would make a file that fails check.
    if (number) {
        bool digits = !number->empty() && number->size() <= 5 &&
                      number->find_first_not_of("0123456789") == std::string::npos;
        o.number = digits ? std::stoi(*number) : 0;
        if (o.number < 1 || o.number > prongsai::max_project_number) {
            std::cerr << "prongsai new: --number " << *number
                      << " is not a project number; give a whole number from 1 to "
                      << prongsai::max_project_number
                      << " (e.g. --number 50), or leave --number out for the next free one\n";
            return 1;
        }
    }
    std::size_t at = 0;
    if (o.kind == "document") {
        if (args.empty()) {
            std::cerr << "prongsai new document: give the file, already placed in "
                         "CONTENT/documents, e.g. prongsai new document report-2567.pdf\n";
            return 1;
        }
        o.document_file = args[at++];
    }
    if (at < args.size()) o.content = args[at++];
    if (at < args.size()) {
        std::cerr << "prongsai new: unexpected argument " << args[at] << "\n";
        return 1;
    }
    o.today = prongsai::today_buddhist_era();
    prongsai::NewResult r = prongsai::new_content_file(o);
    (r.ok ? std::cout : std::cerr) << (r.ok ? "" : "prongsai new: ") << r.message << "\n";
    return r.ok ? 0 : 1;
}

int import_command(const std::string& plan, const std::string& out) {
    prongsai::ImportResult r = prongsai::import_plan(plan, out);
    if (!r.ok) {
        std::cerr << "prongsai import: " << r.message << "\n";
        return 1;
    }
    std::cout << r.report << r.message << "\n";
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
    bool clean = false;
    build->add_flag("--clean", clean, "render every page, ignoring what the last build left");

    CLI::App* check = app.add_subcommand("check", "check CONTENT and write nothing");
    check->add_option("content", content, "the content folder")->capture_default_str();
    check->add_option("--oit", options.oit_year,
                      "report the OIT evidence index of assessment year YEAR (พ.ศ.): its "
                      "coverage, and each item without evidence in period and what it needs");

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
    std::string verify_digest;
    verify->add_option("--digest", verify_digest,
                       "the SHA-256 of the year's MANIFEST.sha256 as published elsewhere (an "
                       "announcement, a notarised copy): the archive must be that one");

    prongsai::ServeOptions serve_options;
    CLI::App* serve = app.add_subcommand(
        "serve", "preview CONTENT on http://127.0.0.1:PORT/, rebuilt and reloaded on every change");
    serve->add_option("content", content, "the content folder")->capture_default_str();
    serve->add_option("-p,--port", serve_options.port, "the port (0: any free one)")
        ->capture_default_str();

    prongsai::NewOptions new_options;
    std::vector<std::string> new_args;
    CLI::App* make = app.add_subcommand(
        "new", "write a new project or announcement file, or list a document: "
               "new project|announcement [CONTENT], new document FILE [CONTENT]");
    make->add_option("kind", new_options.kind, "project, announcement or document")
        ->required()
        ->check(CLI::IsMember({"project", "announcement", "document"}));
    make->add_option("args", new_args, "[FILE] [CONTENT]");
    std::string new_number;
    CLI::Option* new_number_option = make->add_option(
        "--number", new_number, "project: its number (default: the highest number + 1)");
    make->add_option("--slug", new_options.slug,
                     "announcement: the file is YYYY-MM-DD-SLUG.md (letters a-z, digits, - and _)")
        ->capture_default_str();

    std::string init_dir = "content";
    CLI::App* init = app.add_subcommand(
        "init", "write a new organisation's content folder DIR that builds as it is");
    init->add_option("dir", init_dir, "the new folder (must not exist, or be empty)")
        ->capture_default_str();

    std::string import_plan, import_out = "content";
    CLI::App* import = app.add_subcommand(
        "import", "read a plan document in the national template (.txt or .docx) into a new "
                  "content folder, with a report (IMPORT.md) of what it could not read");
    import->add_option("plan", import_plan, "the plan document: plain text or .docx")->required();
    import->add_option("-o,--output", import_out, "the new content folder")->capture_default_str();

    CLI11_PARSE(app, argc, argv);

    options.content = content;
    options.out = out;
    options.threads = threads;
    options.incremental = !clean;
    if (archive->parsed()) return archive_command(options, year);
    if (init->parsed()) {
        prongsai::NewResult r = prongsai::init_content(init_dir);
        (r.ok ? std::cout : std::cerr) << (r.ok ? "" : "prongsai init: ") << r.message << "\n";
        return r.ok ? 0 : 1;
    }
    if (import->parsed()) return import_command(import_plan, import_out);
    if (make->parsed())
        return new_command(new_options, new_args,
                           new_number_option->count() ? std::optional(new_number) : std::nullopt);
    if (serve->parsed()) {
        // Checked here, not by a CLI11 validator, whose message does not say what
        // to do and whose exit status is 105, not 1. Unchecked, 65537 bound port 1.
        if (serve_options.port < 0 || serve_options.port > 65535) {
            std::cerr << "prongsai serve: " << serve_options.port
                      << " is not a port number; give one from 1 to 65535 (e.g. --port 8080), "
                         "or --port 0 for any free port\n";
            return 1;
        }
        serve_options.build = options;
        return prongsai::serve(serve_options);
    }
    if (verify->parsed()) return verify_command(verify_path, verify_digest);
    if (check->parsed()) {
        options.write = false;
        return report(prongsai::build_site(options), "check", false);
    }
    return report(prongsai::build_site(options), "build", true);
}

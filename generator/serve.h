// serve: a live preview for whoever edits the content. Builds into a private
// folder (never the published site), serves it on 127.0.0.1, and rebuilds and
// reloads the open page whenever a content or theme file changes.
#pragma once

#include "build.h"

#include <filesystem>
#include <optional>
#include <string>

namespace prongsai {

struct ServeOptions {
    BuildOptions build; // content and program_dir are used; the output folder is private
    int port = 8080;    // 0: any free port (the one chosen is printed)
};

// Runs until SIGINT or SIGTERM; returns the exit status.
int serve(const ServeOptions& options);

// The file a request's (decoded) path names inside `root`, or nullopt when the
// path is not a plain path below `root` ("..", ".", a backslash or a NUL in a
// segment). A folder gives its index.html. Existence is not checked.
std::optional<std::filesystem::path> served_file(const std::filesystem::path& root,
                                                 const std::string& url_path);

} // namespace prongsai

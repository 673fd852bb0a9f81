// images: photos made fit for the web at build time (libvips). Each is turned
// upright by its EXIF orientation, stripped of every metadata field (a phone's
// GPS position, its serial number), resized to a few widths, never wider than
// the original nor than the largest width, and written as JPEG and WebP. The
// results are kept in a cache by the source's content digest, so an
// unchanged photo is never decoded again.
#pragma once

#include "diagnostics.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

// The widths a photo is published at (CSS pixels of a 1x screen up to a 2x phone).
inline constexpr int image_widths[] = {320, 640, 1024};

struct ImageFile {
    std::string path;            // below the site's root
    std::filesystem::path cache; // the processed file, copied into the site
    int width = 0;
};

struct PublishedImage {
    int width = 0, height = 0; // of the largest file, upright
    std::vector<ImageFile> jpeg, webp;
    bool from_cache = false; // nothing was decoded this build
};

// Once a process, before any photo.
void images_init(const char* program);

// Publishes content file `rel` (beneath `root`) through `cache_dir`; an error
// at `at` when it is no image libvips can read.
std::optional<PublishedImage> publish_image(const std::filesystem::path& root,
                                            const std::string& rel,
                                            const std::filesystem::path& cache_dir,
                                            const SourceLoc& at, Diagnostics& diags);

} // namespace prongsai

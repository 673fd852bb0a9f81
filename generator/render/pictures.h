// Photos on pages: a <picture> of a published photo (WebP and JPEG at each
// width, its size, loaded lazily) and a page's gallery of them.
#pragma once

#include "model.h"
#include "render/templates.h"

#include <string>
#include <vector>

namespace prongsai {

// The data of `_picture`: false when `rel` (a path in the content folder) was
// not published: no photo was given, or `check`, which decodes none, runs.
Data picture(const Content& c, const std::string& rel, const std::string& alt,
             const std::string& root, const std::string& sizes);

// The data of `_gallery`: has_photos and the photos, each with its caption.
Data gallery(const Content& c, const std::vector<GalleryPhoto>& photos, const std::string& root);

} // namespace prongsai

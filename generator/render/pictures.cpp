#include "render/pictures.h"

#include "render/frame.h"

namespace prongsai {

Data picture(const Content& c, const std::string& rel, const std::string& alt,
             const std::string& root, const std::string& sizes) {
    auto it = c.images.find(rel);
    if (it == c.images.end()) return Data(false);
    const PublishedImage& image = it->second;
    auto srcset = [&](const std::vector<ImageFile>& files) {
        std::string set;
        for (const auto& f : files)
            set += (set.empty() ? "" : ", ") + root + f.path + " " + std::to_string(f.width) + "w";
        return set;
    };
    Data out;
    put(out, "webp_srcset", srcset(image.webp));
    put(out, "jpeg_srcset", srcset(image.jpeg));
    put(out, "src", root + image.jpeg.back().path);
    put(out, "width", std::to_string(image.width));
    put(out, "height", std::to_string(image.height));
    put(out, "sizes", sizes);
    put(out, "alt", alt);
    return out;
}

Data gallery(const Content& c, const std::vector<GalleryPhoto>& photos, const std::string& root) {
    Data out, items = list();
    for (const auto& p : photos) {
        Data pic = picture(c, p.file, p.alt, root, "(min-width: 48em) 20rem, 90vw");
        if (pic.is_bool()) continue;
        Data item;
        put(item, "photo", std::move(pic));
        set_optional(item, "caption", p.caption);
        append(items, std::move(item));
    }
    put(out, "has_photos", Data(!items.list_value().empty()));
    put(out, "photos", std::move(items));
    return out;
}

} // namespace prongsai

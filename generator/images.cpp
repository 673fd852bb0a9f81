#include "images.h"

#include "digest.h"
#include "load/beneath.h"
#include "render/routes.h"
#include "text.h"

#include <fstream>
#include <thread>
#include <unistd.h>
#include <vips/vips8>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// Writes `bytes` to `file` whole or not at all (a rename), so that a build
// stopped halfway leaves no half image in the cache.
bool write_whole(const fs::path& file, const void* bytes, std::size_t size) {
    fs::path part = file;
    // Two organisations of a province may make the same photo at once.
    part += ".part-" + std::to_string(getpid()) + "-" +
            std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
    {
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        out.write(static_cast<const char*>(bytes), static_cast<std::streamsize>(size));
        if (!out) return false;
    }
    std::error_code ec;
    fs::rename(part, file, ec);
    return !ec;
}

// The widths `original` is published at: those of image_widths below it, and
// the original's own when it is narrower than the largest.
std::vector<int> widths_for(int original) {
    std::vector<int> out;
    for (int w : image_widths)
        if (w < original) out.push_back(w);
    if (original <= image_widths[std::size(image_widths) - 1]) out.push_back(original);
    return out;
}

} // namespace

void images_init(const char* program) {
    // vips_init may be called more than once; it does the work the first time.
    if (VIPS_INIT(program) != 0) vips_error_clear();
    // libvips's own warnings name no file ("not enough data", once a row of a
    // damaged PNG); what they warn of fails the photo's load (fail_on below),
    // and the error names the file and its line. (Once: serve builds again
    // and again.)
    static const unsigned quiet = g_log_set_handler(
        "VIPS", G_LOG_LEVEL_WARNING, [](const gchar*, GLogLevelFlags, const gchar*, gpointer) {},
        nullptr);
    (void)quiet;
}

std::optional<PublishedImage> publish_image(const fs::path& root, const std::string& rel,
                                            const fs::path& cache_dir, const SourceLoc& at,
                                            Diagnostics& diags) {
    int fd = open_beneath(root, rel);
    int error = 0;
    std::optional<std::string> bytes;
    if (fd >= 0) {
        bytes = read_all(fd, error);
        close(fd);
    } else {
        error = errno;
    }
    if (!bytes) {
        diags.error(at, "cannot read " + rel + " (" + plain_error(error) + ")");
        return std::nullopt;
    }
    const std::string digest = digest_of(*bytes);
    std::error_code ec;
    fs::create_directories(cache_dir, ec);
    PublishedImage image;
    auto name = [&](int w, const char* ext) {
        return digest + "-" + std::to_string(w) + "." + ext;
    };
    // The cache: the upright size of the original, then a file a width and format.
    // (".whole.size" since a photo cut short is an error: one that an older
    // prongsai cached is read again.)
    fs::path size_file = cache_dir / (digest + ".whole.size");
    int width = 0, height = 0;
    if (std::ifstream in(size_file); in >> width >> height && width > 0 && height > 0) {
        image.from_cache = true;
        for (int w : widths_for(width))
            for (const char* ext : {"jpg", "webp"})
                image.from_cache =
                    image.from_cache && fs::is_regular_file(cache_dir / name(w, ext), ec);
    }
    if (!image.from_cache) {
        try {
            // A file cut short (a copy or upload that stopped) or damaged is an
            // error: by default libvips fills what is missing with grey and
            // only warns, and the half photo would be published.
            vips::VImage source = vips::VImage::new_from_buffer(
                bytes->data(), bytes->size(), "",
                vips::VImage::option()->set("fail_on", VIPS_FAIL_ON_ERROR));
            vips::VImage upright = source.autorot();
            width = upright.width();
            height = upright.height();
            for (int w : widths_for(width)) {
                vips::VImage sized =
                    w == width ? upright
                               : upright.resize(
                                     static_cast<double>(w) / width,
                                     vips::VImage::option()->set("kernel", VIPS_KERNEL_LANCZOS3));
                // No metadata goes out: not the EXIF block (GPS, serial
                // numbers), not XMP, not IPTC, not an ICC profile. The pixels
                // alone are copied into a new image, which has no fields to
                // leak whatever a saver's "strip" does or does not remove.
                std::size_t length = 0;
                void* pixels = sized.write_to_memory(&length);
                VipsImage* copied = vips_image_new_from_memory_copy(
                    pixels, length, sized.width(), sized.height(), sized.bands(), sized.format());
                if (!copied) throw vips::VError();
                vips::VImage bare(copied); // takes the reference
                g_free(pixels);
                bare = bare.copy(
                    vips::VImage::option()->set("interpretation", sized.interpretation()));
                for (const char* ext : {"jpg", "webp"}) {
                    auto options = vips::VImage::option()->set("strip", true)->set("Q", 82);
                    VipsBlob* blob = std::string(ext) == "jpg"
                                         ? bare.jpegsave_buffer(options->set("interlace", true))
                                         : bare.webpsave_buffer(options);
                    std::size_t size = 0;
                    const void* out = vips_blob_get(blob, &size);
                    bool ok = write_whole(cache_dir / name(w, ext), out, size);
                    vips_area_unref(VIPS_AREA(blob));
                    if (!ok) {
                        diags.error(at, "cannot write the processed image into " +
                                            cache_dir.generic_string() +
                                            "; make room on the disk, or let prongsai write there");
                        return std::nullopt;
                    }
                }
            }
            std::string size_text = std::to_string(width) + " " + std::to_string(height) + "\n";
            write_whole(size_file, size_text.data(), size_text.size());
        } catch (const vips::VError& e) {
            diags.error(at, rel + " is no image prongsai can read (" +
                                trim(std::string(e.what()).substr(0, 200)) +
                                "); if it is a photo, copy it again (a file cut short or "
                                "damaged is not published), or give a JPEG, PNG or WebP photo");
            vips_error_clear();
            return std::nullopt;
        }
    }
    std::vector<int> widths = widths_for(width);
    image.width = widths.back();
    image.height =
        static_cast<int>((static_cast<long long>(height) * widths.back() + width / 2) / width);
    for (int w : widths) {
        image.jpeg.push_back({route::image(name(w, "jpg")), cache_dir / name(w, "jpg"), w});
        image.webp.push_back({route::image(name(w, "webp")), cache_dir / name(w, "webp"), w});
    }
    return image;
}

} // namespace prongsai

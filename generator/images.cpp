#include "images.h"

#include "digest.h"
#include "load/beneath.h"
#include "render/routes.h"
#include "text.h"

#include <fstream>
#include <memory>
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

// Why `bytes` are not published as a photo, or nullopt for a JPEG, PNG or
// WebP: the formats the README names. libvips would pass anything else to
// poppler, librsvg, ImageMagick …, many more decoders than a photo needs to
// meet untrusted bytes with.
std::optional<std::string> not_a_photo(const std::string& bytes) {
    const char* loader = vips_foreign_find_load_buffer(bytes.data(), bytes.size());
    vips_error_clear();
    const std::string_view found = loader ? loader : "";
    for (std::string_view photo :
         {"VipsForeignLoadJpegBuffer", "VipsForeignLoadPngBuffer", "VipsForeignLoadWebpBuffer"})
        if (found == photo) return std::nullopt;
    static constexpr std::pair<std::string_view, std::string_view> named[] = {
        {"VipsForeignLoadHeifBuffer", "a HEIC or AVIF photo (as an iPhone saves them)"},
        {"VipsForeignLoadPdfBuffer", "a PDF document"},
        {"VipsForeignLoadGifBuffer", "a GIF"},
        {"VipsForeignLoadTiffBuffer", "a TIFF"},
        {"VipsForeignLoadSvgBuffer", "an SVG drawing"},
    };
    for (const auto& [name, what] : named)
        if (found == name) return std::string("is ") + std::string(what) + ", ";
    return "is ";
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
    if (auto what = not_a_photo(*bytes)) {
        diags.error(at, rel + " " + *what +
                            "no JPEG, PNG or WebP photo; save or export it as JPEG (or PNG) "
                            "and give that file");
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
            // The header alone: the size upright.
            vips::VImage upright =
                vips::VImage::new_from_buffer(bytes->data(), bytes->size(), "").autorot();
            width = upright.width();
            height = upright.height();
            const std::vector<int> widths = widths_for(width);
            // The largest width in one pass over the file, shrunk as it is
            // decoded where the format allows (a JPEG's DCT), then the others
            // from it. Resizing the whole decoded photo once a width took a
            // 200-megapixel phone photo three minutes of reads from the
            // temporary file libvips keeps so large an image in.
            // A file cut short (a copy or upload that stopped) or damaged is an
            // error (fail_on): by default libvips fills what is missing with
            // grey and only warns, and the half photo would be published.
            std::unique_ptr<VipsBlob, void (*)(VipsBlob*)> input(
                vips_blob_new(nullptr, bytes->data(), bytes->size()),
                [](VipsBlob* b) { vips_area_unref(VIPS_AREA(b)); });
            vips::VImage largest =
                vips::VImage::thumbnail_buffer(input.get(), widths.back(),
                                               vips::VImage::option()
                                                   ->set("height", VIPS_MAX_COORD)
                                                   ->set("size", VIPS_SIZE_DOWN)
                                                   // (thumbnail's own fail_on is not passed
                                                   // on to the loader in libvips 8.14)
                                                   ->set("option_string", "fail_on=error"))
                    .copy_memory();
            for (int w : widths) {
                vips::VImage sized = w == largest.width()
                                         ? largest
                                         : largest.resize(static_cast<double>(w) / largest.width(),
                                                          vips::VImage::option()->set(
                                                              "kernel", VIPS_KERNEL_LANCZOS3));
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
            std::string why = e.what();
            diags.error(at, rel + " is a photo cut short or damaged (" +
                                trim(why.substr(0, std::min<std::size_t>(why.find('\n'), 200))) +
                                "); copy it again from the camera, phone or scanner");
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

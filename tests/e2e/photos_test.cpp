// Photos: made here with libvips, given GPS and a device serial with exiftool
// as a phone would, and published upright, resized and without metadata.
#include "harness.h"

#include <cstdio>
#include <doctest/doctest.h>
#include <memory>
#include <regex>
#include <vips/vips8>

using namespace e2e;

namespace {

std::string run(const std::string& command) {
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0;)
        out.append(buffer, n);
    return out;
}

// A 2000×1500 JPEG stored sideways (EXIF orientation 6: upright it is
// 1500×2000), with a GPS position and a camera serial number in its EXIF.
void phone_photo(const fs::path& file) {
    REQUIRE(VIPS_INIT("e2e_tests") == 0);
    vips::VImage gradient = vips::VImage::xyz(2000, 1500).extract_band(0) * (255.0 / 2000);
    gradient.cast(VIPS_FORMAT_UCHAR).jpegsave(file.c_str());
    std::string out = run("exiftool -q -overwrite_original -GPSLatitude=6.25 -GPSLatitudeRef=N "
                          "-GPSLongitude=102.05 -GPSLongitudeRef=E -SerialNumber=PHONE12345 "
                          "-Orientation#=6 '" +
                          file.string() + "' 2>&1");
    REQUIRE(out == "");
    REQUIRE(run("exiftool -s -s -s -GPSLatitude '" + file.string() + "'").find("6 deg") !=
            std::string::npos);
}

} // namespace

TEST_CASE("photos: upright, resized to the widths asked for, WebP and JPEG, no GPS or serial out") {
    Workspace w;
    fs::create_directories(w.path("content/organisation/photos"));
    phone_photo(w.path("content/organisation/photos/mayor.jpg"));
    w.edit("organisation/people.toml", "phone = \"073-642-330\"",
           "phone = \"073-642-330\"\nphoto = \"photos/mayor.jpg\"\nphoto_alt = \"ภาพทดสอบ\"");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    std::string page = read_file(w.path("site/organisation/executives.html"));
    std::smatch m;
    static const std::regex img(
        R"re(<picture><source type="image/webp" srcset="([^"]+)" sizes="[^"]+"><img src="([^"]+)" srcset="([^"]+)" sizes="[^"]+" width="(\d+)" height="(\d+)" alt="ภาพทดสอบ" loading="lazy" decoding="async"></picture>)re");
    REQUIRE(std::regex_search(page, m, img));
    CHECK(m[4] == "1024");
    CHECK(m[5] == "1365"); // upright: taller than wide
    std::vector<std::string> files;
    for (const std::string& set : {m[1].str(), m[3].str()}) {
        static const std::regex entry(R"(\.\./([^ ,]+) (\d+)w)");
        std::vector<std::string> widths;
        for (auto e = std::sregex_iterator(set.begin(), set.end(), entry);
             e != std::sregex_iterator(); ++e) {
            files.push_back((*e)[1]);
            widths.push_back((*e)[2]);
        }
        CHECK(widths == std::vector<std::string>{"320", "640", "1024"});
    }
    REQUIRE(files.size() == 6);
    for (const auto& rel : files) {
        fs::path file = w.path("site") / rel;
        REQUIRE(fs::exists(file));
        vips::VImage published = vips::VImage::new_from_file(file.c_str());
        CHECK(published.width() <= 1024);
        CHECK(published.height() > published.width()); // turned upright before resizing
        // Nothing of the phone's: no GPS, no serial number, no rotation left to apply.
        std::string tags = run("exiftool -a -G1 -s '" + file.string() + "'");
        CHECK_MESSAGE(tags.find("GPS") == std::string::npos, rel << ":\n" << tags);
        CHECK(tags.find("PHONE12345") == std::string::npos);
        CHECK(tags.find("Rotate") == std::string::npos); // at most "Horizontal (normal)"
        CHECK(read_file(file).find("PHONE12345") == std::string::npos);
    }
    // No published original, and nothing wider than the largest width.
    for (const auto& e : fs::recursive_directory_iterator(w.path("site")))
        CHECK(e.path().filename() != "mayor.jpg");

    // Rebuilt with another change: the photo is taken from the cache, not encoded again.
    fs::path cached = fs::path(w.path(".prongsai-cache/site-images"));
    REQUIRE(fs::is_directory(cached));
    std::map<std::string, fs::file_time_type> times;
    for (const auto& e : fs::directory_iterator(cached))
        times[e.path().filename().string()] = e.last_write_time();
    CHECK(times.size() == 7); // six files and the original's size
    w.edit("pages/about.md", "## สภาพพื้นที่", "## สภาพพื้นที่ทั่วไป");
    REQUIRE(w.prongsai("build").exit_code == 0);
    for (const auto& e : fs::directory_iterator(cached))
        CHECK(times.at(e.path().filename().string()) == e.last_write_time());
    CHECK(fs::exists(w.path("site") / files[0]));
}

TEST_CASE("photos: a photo without words for it is a warning at its line; a file that is no image "
          "is an error") {
    Workspace w;
    fs::create_directories(w.path("content/organisation/photos"));
    phone_photo(w.path("content/organisation/photos/mayor.jpg"));
    w.edit("organisation/people.toml", "phone = \"073-642-330\"",
           "phone = \"073-642-330\"\nphoto = \"photos/mayor.jpg\"");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("content/organisation/people.toml:10:1: warning: this photo has no words for "
                     "those who cannot see it: add photo_alt = \"...\" (who is shown, e.g. "
                     "\"นายชินตารา นุชนิตตารา\")\n") != std::string::npos);
    write_file(w.path("content/organisation/photos/mayor.jpg"), "not a photo");
    auto before = snapshot(w.path("site"));
    r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("content/organisation/people.toml:10:1: error: organisation/photos/mayor.jpg "
                     "is no JPEG, PNG or WebP photo; save or export it as JPEG (or PNG) and give "
                     "that file\n") != std::string::npos);
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("photos: a news item's gallery, published like every photo, with its caption") {
    Workspace w;
    fs::create_directories(w.path("content/photos/2565"));
    phone_photo(w.path("content/photos/2565/activity.jpg"));
    const std::string news = "announcements/2564-12-01-plan-2565-post.md";
    w.edit(news, "date = \"2564-12-01\"\n",
           "date = \"2564-12-01\"\n\n[[photos]]\nfile = \"photos/2565/activity.jpg\"\n"
           "alt = \"ภาพทดสอบกิจกรรม\"\ncaption = \"คำบรรยาย <ทดสอบ>\"\n");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    std::string page = read_file(w.path("site/announcements/2564-12-01-plan-2565-post.html"));
    std::smatch m;
    static const std::regex figure(
        R"re(<section class="gallery">\n<h2>ภาพกิจกรรม</h2>\n<ul class="photos">\n<li><figure><picture><source type="image/webp" srcset="[^"]+" sizes="[^"]+"><img src="\.\./([^"]+\.jpg)" srcset="[^"]+" sizes="[^"]+" width="1024" height="1365" alt="ภาพทดสอบกิจกรรม" loading="lazy" decoding="async"></picture><figcaption>คำบรรยาย &lt;ทดสอบ&gt;</figcaption></figure></li>)re");
    REQUIRE(std::regex_search(page, m, figure));
    fs::path published = w.path("site") / m[1].str();
    REQUIRE(fs::exists(published));
    CHECK(run("exiftool -a -G1 -s '" + published.string() + "'").find("GPS") == std::string::npos);
    // The original is not published.
    CHECK(!fs::exists(w.path("site/photos/2565/activity.jpg")));
}

TEST_CASE("photos: a gallery photo outside the content folder is an error; one without words for "
          "it a warning") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    const std::string news = "announcements/2564-12-01-plan-2565-post.md";
    w.edit(news, "date = \"2564-12-01\"\n",
           "date = \"2564-12-01\"\n\n[[photos]]\nfile = \"../secret.jpg\"\nalt = \"x\"\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("content/" + news +
                            ":7:1: error: a photo is a file inside the content folder, written "
                            "from it, like file = \"photos/2565/activity-1.jpg\"\n"));
    CHECK(snapshot(w.path("site")) == before);

    fs::create_directories(w.path("content/photos"));
    phone_photo(w.path("content/photos/a.jpg"));
    w.edit(news, "file = \"../secret.jpg\"\nalt = \"x\"\n", "file = \"photos/a.jpg\"\n");
    r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("content/" + news +
                     ":7:1: warning: this photo has no words for those who cannot see it: add "
                     "alt = \"...\" (what it shows, e.g. \"ประชาชนร่วมเก็บขยะริมแม่น้ำ\")\n") !=
          std::string::npos);
}

TEST_CASE("photos: a photo cut short, or not a JPEG, PNG or WebP, is an error, not published") {
    // Before, each was published with exit 0: libvips reads a photo cut short
    // (a copy that stopped) and fills the rest with grey (a PNG printed a
    // thousand lines of "VIPS-WARNING **: not enough data"); it hands a PDF to
    // poppler, and a BMP (or any of ImageMagick's formats) to ImageMagick.
    Workspace w;
    fs::create_directories(w.path("content/organisation/photos"));
    const fs::path photo = w.path("content/organisation/photos/mayor.jpg");
    phone_photo(photo);
    w.edit("organisation/people.toml", "phone = \"073-642-330\"",
           "phone = \"073-642-330\"\nphoto = \"photos/mayor.jpg\"\nphoto_alt = \"ภาพทดสอบ\"");
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    const std::string whole_jpeg = read_file(photo);

    vips::VImage gradient = vips::VImage::xyz(2000, 1500).extract_band(0) * (255.0 / 2000);
    const fs::path png = w.path("whole.png");
    gradient.cast(VIPS_FORMAT_UCHAR).pngsave(png.c_str());
    const std::string whole_png = read_file(png);
    // A 1×1 BMP: file header, BITMAPINFOHEADER, one blue pixel and its padding.
    const std::string bmp("BM\x3a\0\0\0\0\0\0\0\x36\0\0\0"
                          "\x28\0\0\0\x01\0\0\0\x01\0\0\0\x01\0\x18\0\0\0\0\0\x04\0\0\0"
                          "\x13\x0b\0\0\x13\x0b\0\0\0\0\0\0\0\0\0\0"
                          "\xff\0\0\0",
                          58);
    const std::string cut = " is a photo cut short or damaged (";
    const std::string again = "); copy it again from the camera, phone or scanner";
    const std::string other =
        "no JPEG, PNG or WebP photo; save or export it as JPEG (or PNG) and give that file";
    struct Case {
        const char* name;
        std::string bytes;
        std::string message; // after the file's name
    };
    const Case cases[] = {
        {"a JPEG cut short", whole_jpeg.substr(0, whole_jpeg.size() / 3),
         cut + "VipsJpeg: Premature end of input file" + again},
        {"a PNG cut short", whole_png.substr(0, whole_png.size() / 3),
         cut + "vipspng: libpng read error" + again},
        {"a PDF", read_file(w.path("content/documents/plan-2566-2570.pdf")),
         " is a PDF document, " + other},
        {"a BMP", bmp, " is " + other},
    };
    for (const Case& c : cases) {
        std::string name = c.name;
        CAPTURE(name);
        write_file(photo, c.bytes);
        Run r = w.prongsai("build");
        CHECK(r.exit_code == 1);
        CHECK(r.err ==
              "content/organisation/people.toml:10:1: error: organisation/photos/mayor.jpg" +
                  c.message +
                  "\n    photo = \"photos/mayor.jpg\"\n    ^\n"
                  "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
        CHECK(snapshot(w.path("site")) == before);
    }
}

#include "serve.h"

#include "render/templates.h"
#include "text.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <httplib.h>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

constexpr const char* version_path = "/__prongsai/version";
constexpr int debounce_ms = 150;

// The server's limits (README, "Live preview"). A browser on the same machine
// sends a request in one piece and reads the answer at once, so only a broken
// or hostile client ever meets them.
using Clock = std::chrono::steady_clock;
constexpr auto head_timeout = std::chrono::seconds(3); // a request's line and headers
constexpr auto response_timeout = std::chrono::seconds(15);
constexpr std::size_t max_head_bytes = 16 * 1024;
constexpr std::size_t max_body_bytes = 1024; // serve answers GET and HEAD only
constexpr std::size_t worker_count = 16;
constexpr std::size_t keep_alive_requests = 5;
constexpr time_t keep_alive_seconds = 1;

// What the server shows: the latest build's outcome and the last good site.
class BuildState {
  public:
    struct Snapshot {
        int number = 0;
        bool ok = false;
        std::string report;
        fs::path good_root; // empty until a build succeeds
    };

    Snapshot get() const {
        std::lock_guard lock(mutex_);
        return state_;
    }

    void record(int number, const BuildResult& r, const fs::path& root) {
        std::lock_guard lock(mutex_);
        state_.number = number;
        state_.ok = r.ok;
        state_.report = r.report;
        if (r.ok) state_.good_root = root;
    }

  private:
    mutable std::mutex mutex_;
    Snapshot state_;
};

// The version endpoint's text: "N ok" or "N failed", then the diagnostics. The
// page's script reloads when it changes, so a failed build shows its error page.
std::string version_text(const BuildState::Snapshot& s) {
    return std::to_string(s.number) + (s.ok ? " ok\n" : " failed\n") + s.report;
}

// Polls the version endpoint and reloads the page when a new build is in.
constexpr const char* reload_script = R"(<script>/* prongsai serve: live reload */
(function () {
  var seen = null;
  function poll() {
    fetch('/__prongsai/version', {cache: 'no-store'})
      .then(function (r) { return r.text(); })
      .then(function (t) { if (seen !== null && t !== seen) location.reload(); seen = t; })
      .catch(function () {})
      .finally(function () { setTimeout(poll, 400); });
  }
  poll();
})();
</script>
)";

// Only the served copy gets the script: the built files stay as `build` writes them.
std::string with_reload_script(std::string html) {
    std::size_t at = html.rfind("</body>");
    html.insert(at == std::string::npos ? html.size() : at, reload_script);
    return html;
}

std::string error_page(const BuildState::Snapshot& s, const std::string& path) {
    std::string page =
        "<!doctype html>\n<html lang=\"th\"><head><meta charset=\"utf-8\">"
        "<title>สร้างเว็บไซต์ไม่สำเร็จ · The build failed</title>"
        "<style>body{font-family:sans-serif;margin:2rem;max-width:60rem}"
        "pre{background:#fff4f4;border:1px solid #c00;padding:1rem;white-space:pre-wrap}"
        "</style></head><body>\n"
        "<h1>สร้างเว็บไซต์ไม่สำเร็จ · The build failed</h1>\n"
        "<p>แก้ไขไฟล์ตามข้อความด้านล่างแล้วบันทึก หน้านี้จะโหลดใหม่เอง · "
        "Correct the file as the message says and save it; this page reloads by itself.</p>\n"
        "<pre id=\"prongsai-errors\">" +
        html_escape(s.report) + "</pre>\n";
    if (!s.good_root.empty())
        page += "<p><a href=\"" + html_escape(path) +
                "?last-good\">แสดงเว็บไซต์ที่สร้างสำเร็จครั้งล่าสุด · "
                "show the last good build anyway</a></p>\n";
    return with_reload_script(page + "</body></html>\n");
}

std::string content_type(const fs::path& file) {
    static const std::map<std::string, std::string> types = {
        {".html", "text/html; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".pdf", "application/pdf"},
        {".xml", "application/xml; charset=utf-8"},
        {".json", "application/json"},
        {".txt", "text/plain; charset=utf-8"},
        {".csv", "text/csv; charset=utf-8"},
        {".gz", "application/gzip"},
        {".sha256", "text/plain; charset=utf-8"}};
    auto it = types.find(file.extension().string());
    return it != types.end() ? it->second : "application/octet-stream";
}

std::optional<std::string> read_whole(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return std::move(s).str();
}

bool is_navigation(const std::string& path) {
    return path.ends_with("/") || path.ends_with(".html");
}

// Answers one request from the last good build, or with the error page.
void answer(const BuildState& state, const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    BuildState::Snapshot s = state.get();
    if (req.path == version_path) {
        res.set_content(version_text(s), "text/plain; charset=utf-8");
        return;
    }
    auto file = served_file(s.good_root, req.path);
    if (!file) {
        res.status = 403;
        res.set_content("403 forbidden: the path leaves the site\n", "text/plain; charset=utf-8");
        return;
    }
    if (!s.ok && is_navigation(req.path) && !req.has_param("last-good")) {
        res.status = 500;
        res.set_content(error_page(s, req.path), "text/html; charset=utf-8");
        return;
    }
    std::error_code ec;
    std::optional<std::string> bytes;
    if (!s.good_root.empty() && fs::is_regular_file(*file, ec)) bytes = read_whole(*file);
    if (!bytes && !s.good_root.empty()) {
        file = s.good_root / "404.html"; // the site's own 404 page
        bytes = read_whole(*file);
        res.status = 404;
    }
    if (!bytes) {
        res.status = 404;
        res.set_content("404 not found\n", "text/plain; charset=utf-8");
        return;
    }
    if (file->extension() == ".html") *bytes = with_reload_script(std::move(*bytes));
    res.set_content(std::move(*bytes), content_type(*file));
}

// Watches folders recursively with inotify. A folder created later is watched
// from the next change on (watch_all runs again before each rebuild).
class Watcher {
  public:
    explicit Watcher(std::vector<fs::path> roots)
        : roots_(std::move(roots)), fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
        watch_all();
    }
    ~Watcher() {
        if (fd_ >= 0) close(fd_);
    }
    Watcher(const Watcher&) = delete;
    Watcher& operator=(const Watcher&) = delete;

    int fd() const { return fd_; }
    bool ok() const { return fd_ >= 0; }

    void watch_all() {
        constexpr std::uint32_t mask = IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE |
                                       IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF |
                                       IN_MOVE_SELF;
        std::error_code ec;
        for (const auto& root : roots_) {
            inotify_add_watch(fd_, root.c_str(), mask);
            for (auto it = fs::recursive_directory_iterator(root, ec);
                 !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                if (it->is_directory(ec)) inotify_add_watch(fd_, it->path().c_str(), mask);
        }
    }

    // Empties the event queue; the events themselves do not matter, only that
    // something changed.
    void drain() {
        alignas(inotify_event) std::array<char, 16384> buffer;
        while (read(fd_, buffer.data(), buffer.size()) > 0) {
        }
    }

  private:
    std::vector<fs::path> roots_;
    int fd_;
};

// The content folder and every theme folder the build may read.
std::vector<fs::path> watched_folders(const BuildOptions& b) {
    std::vector<fs::path> candidates = theme_roots(b.content, b.program_dir);
    candidates.insert(candidates.begin(), b.content);
    std::vector<fs::path> folders;
    std::set<fs::path> seen;
    for (const auto& c : candidates) {
        std::error_code ec;
        fs::path real = fs::canonical(c, ec);
        if (!ec && fs::is_directory(real, ec) && seen.insert(real).second) folders.push_back(real);
    }
    return folders;
}

// SIGINT, SIGTERM and SIGHUP arrive on a file descriptor, so the watch loop can
// wait for them and for changes at once, with no signal handler at all.
int signal_fd() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP); // the terminal closed
    // Blocked before any thread starts, so every thread inherits the mask.
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    return signalfd(-1, &set, SFD_CLOEXEC);
}

enum class Wake { change, stop, timeout };

Wake wait_for(int sig_fd, int watch_fd, int timeout_ms) {
    std::array<pollfd, 2> fds = {pollfd{sig_fd, POLLIN, 0}, pollfd{watch_fd, POLLIN, 0}};
    int n = poll(fds.data(), fds.size(), timeout_ms);
    if (n < 0 && errno == EINTR) return Wake::timeout;
    if (n < 0 || fds[0].revents) return Wake::stop;
    if (fds[1].revents) return Wake::change;
    return Wake::timeout;
}

// When the worker now running a connection's task took it from the queue,
// httplib had accepted it at this time.
thread_local Clock::time_point accepted_at;

// A fixed number of threads answer the connections httplib accepts, in the
// order they came, each told when its connection was accepted.
class Workers : public httplib::TaskQueue {
  public:
    explicit Workers(std::size_t n) {
        for (std::size_t i = 0; i < n; ++i)
            threads_.emplace_back([this] { work(); });
    }

    void enqueue(std::function<void()> fn) override {
        {
            std::lock_guard lock(mutex_);
            jobs_.push_back({std::move(fn), Clock::now()});
        }
        ready_.notify_one();
    }

    // Runs what is queued (each job closes its socket), then ends the threads.
    void shutdown() override {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        ready_.notify_all();
        for (auto& t : threads_)
            t.join();
    }

  private:
    struct Job {
        std::function<void()> fn;
        Clock::time_point accepted;
    };

    void work() {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(mutex_);
                ready_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
                if (jobs_.empty()) return;
                job = std::move(jobs_.front());
                jobs_.pop_front();
            }
            accepted_at = job.accepted;
            job.fn();
        }
    }

    std::vector<std::thread> threads_;
    std::deque<Job> jobs_;
    bool stopping_ = false;
    std::mutex mutex_;
    std::condition_variable ready_;
};

// One connection's socket. httplib's own stream limits each read to a timeout
// but not a request as a whole, so a client sending a header line every few
// seconds kept a worker forever, and a line without an end grew without bound.
// Here a request's head must arrive by a deadline and within a number of bytes,
// and its response must be taken by another deadline.
class Connection : public httplib::Stream {
  public:
    explicit Connection(int fd) : fd_(fd) {}

    void next_request(Clock::time_point start) {
        read_until_ = start + head_timeout;
        write_until_ = read_until_ + response_timeout;
        read_left_ = max_head_bytes + max_body_bytes;
    }

    bool wait_readable(Clock::time_point until) const {
        return begin_ < end_ || wait(POLLIN, until);
    }

    bool is_readable() const override { return wait_readable(read_until_); }
    bool is_writable() const override { return wait(POLLOUT, write_until_); }

    // Whether a read failed on the deadline or the byte limit (httplib then
    // answers 400 and would wait for another request).
    bool cut_off() const { return cut_off_; }

    ssize_t read(char* ptr, std::size_t size) override {
        while (begin_ == end_) {
            if (read_left_ == 0 || !wait(POLLIN, read_until_)) {
                cut_off_ = true;
                return -1;
            }
            ssize_t n =
                recv(fd_, buffer_.data(), std::min(buffer_.size(), read_left_), MSG_DONTWAIT);
            if (n == 0) return 0;
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return -1;
            if (n < 0) continue;
            begin_ = 0;
            end_ = static_cast<std::size_t>(n);
            read_left_ -= end_;
        }
        std::size_t n = std::min(size, end_ - begin_);
        std::memcpy(ptr, buffer_.data() + begin_, n);
        begin_ += n;
        return static_cast<ssize_t>(n);
    }

    // All or nothing: httplib does not retry what a short write left.
    ssize_t write(const char* ptr, std::size_t size) override {
        for (std::size_t done = 0; done < size;) {
            if (!wait(POLLOUT, write_until_)) return -1;
            ssize_t n = send(fd_, ptr + done, size - done, MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return -1;
            if (n > 0) done += static_cast<std::size_t>(n);
        }
        return static_cast<ssize_t>(size);
    }

    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        address(getpeername, ip, port);
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        address(getsockname, ip, port);
    }
    socket_t socket() const override { return fd_; }

  private:
    bool wait(short events, Clock::time_point until) const {
        for (;;) {
            auto left = std::chrono::ceil<std::chrono::milliseconds>(until - Clock::now());
            pollfd p{fd_, events, 0};
            int n = poll(&p, 1, static_cast<int>(std::max<long long>(left.count(), 0)));
            if (n > 0) return true; // an error or hang-up shows in the next call
            if (n == 0 || errno != EINTR) return false;
        }
    }

    void address(int (*get)(int, sockaddr*, socklen_t*), std::string& ip, int& port) const {
        sockaddr_storage addr{};
        socklen_t length = sizeof addr;
        std::array<char, NI_MAXHOST> host{};
        std::array<char, NI_MAXSERV> service{};
        if (get(fd_, reinterpret_cast<sockaddr*>(&addr), &length) != 0 ||
            getnameinfo(reinterpret_cast<sockaddr*>(&addr), length, host.data(), host.size(),
                        service.data(), service.size(), NI_NUMERICHOST | NI_NUMERICSERV) != 0)
            return;
        ip = host.data();
        port = std::atoi(service.data());
    }

    int fd_;
    std::array<char, 4096> buffer_;
    std::size_t begin_ = 0, end_ = 0;
    std::size_t read_left_ = 0;
    bool cut_off_ = false;
    Clock::time_point read_until_, write_until_;
};

// httplib's server with the connection above and the workers above.
class PreviewHttp : public httplib::Server {
  public:
    PreviewHttp() {
        new_task_queue = [] { return new Workers(worker_count); };
        set_keep_alive_max_count(keep_alive_requests);
        set_keep_alive_timeout(keep_alive_seconds);
        set_payload_max_length(max_body_bytes);
    }

    // httplib listens with a backlog of 5. Connections that come in a burst
    // while the accepting thread waits for a core overflowed it, and each
    // dropped connection attempt cost its client a second.
    void widen_backlog() { ::listen(svr_sock_, SOMAXCONN); }

  private:
    // Replaces httplib's loop over a connection's requests.
    bool process_and_close_socket(socket_t sock) override {
        Connection connection(sock);
        // The first request's time runs from the accept, so connections that
        // waited in the queue behind slow ones get no fresh allowance.
        Clock::time_point start = accepted_at;
        bool ok = true;
        for (std::size_t served = 0; served < keep_alive_max_count_ && svr_sock_ != INVALID_SOCKET;
             ++served) {
            connection.next_request(start);
            if (served > 0 &&
                !connection.wait_readable(start + std::chrono::seconds(keep_alive_timeout_sec_)))
                break;
            bool closed = false;
            ok = process_request(connection, served + 1 == keep_alive_max_count_, closed,
                                 [](httplib::Request& req) {
                                     // httplib builds every range of a multi-range request
                                     // in memory: 500 ranges of a 1.5 MB document were
                                     // 777 MB. A server may ignore Range (RFC 9110
                                     // 14.2), and browsers ask for one range at a time.
                                     if (req.ranges.size() > 1) req.ranges.clear();
                                 });
            if (!ok || closed || connection.cut_off()) break;
            start = Clock::now();
        }
        ::shutdown(sock, SHUT_RDWR);
        ::close(sock);
        return ok;
    }
};

// A build that throws is a failed build: the server goes on serving the last
// good one, and its temporary folder is removed when it stops.
BuildResult build_or_report(const BuildOptions& b) {
    std::string what;
    try {
        return build_site(b);
    } catch (const std::exception& e) {
        what = e.what();
    } catch (...) {
        what = "an unknown error";
    }
    BuildResult r;
    r.errors = 1;
    r.report = "prongsai: error: the build stopped on an error (" + what +
               "); undo your last change, and report this with the file you changed\n";
    return r;
}

class Server {
  public:
    Server(const ServeOptions& options, fs::path scratch)
        : options_(options), scratch_(std::move(scratch)) {}

    // A failed build leaves the folder as it was (the writer swaps in whole
    // sites only), so the folder always holds the last good build.
    void rebuild() {
        int number = ++builds_;
        BuildOptions b = options_.build;
        b.out = scratch_ / "site";
        b.write = true;
        BuildResult r = build_or_report(b);
        std::cerr << r.report;
        state_.record(number, r, b.out);
        if (r.ok) {
            std::cout << "build " << number << ": " << r.pages << " pages, " << r.warnings
                      << " warning(s), " << r.seconds << " s" << std::endl;
        } else {
            std::cout << "build " << number << " failed: " << r.errors
                      << " error(s); the browser shows them, the last good build is still served"
                      << std::endl;
        }
    }

    int run() {
        int sig_fd = signal_fd();
        Watcher watcher(watched_folders(options_.build));
        if (sig_fd < 0 || !watcher.ok()) {
            std::cerr << "prongsai serve: cannot watch the content folder (inotify)\n";
            return 1;
        }
        rebuild();
        PreviewHttp http;
        http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
            answer(state_, req, res);
        });
        int port = options_.port;
        if (port == 0)
            port = http.bind_to_any_port("127.0.0.1");
        else if (!http.bind_to_port("127.0.0.1", port))
            port = -1;
        if (port <= 0) {
            std::cerr << "prongsai serve: cannot listen on 127.0.0.1:" << options_.port
                      << " (is the port in use? try --port 8081)\n";
            close(sig_fd);
            return 1;
        }
        http.widen_backlog();
        std::thread listener([&http] { http.listen_after_bind(); });
        std::cout << "serving http://127.0.0.1:" << port << "/ (Ctrl-C stops)" << std::endl;
        watch(sig_fd, watcher);
        http.stop();
        listener.join();
        close(sig_fd);
        std::cout << "stopped" << std::endl;
        return 0;
    }

  private:
    // Rebuilds once the files have been quiet for debounce_ms, until a signal.
    void watch(int sig_fd, Watcher& watcher) {
        for (;;) {
            Wake w = wait_for(sig_fd, watcher.fd(), -1);
            if (w == Wake::stop) return;
            if (w != Wake::change) continue;
            for (; w != Wake::timeout; w = wait_for(sig_fd, watcher.fd(), debounce_ms)) {
                if (w == Wake::stop) return;
                watcher.drain();
            }
            watcher.watch_all();
            rebuild();
        }
    }

    const ServeOptions& options_;
    fs::path scratch_;
    BuildState state_;
    int builds_ = 0;
};

} // namespace

std::optional<fs::path> served_file(const fs::path& root, const std::string& url_path) {
    if (!url_path.starts_with("/")) return std::nullopt;
    fs::path file = root;
    std::size_t start = 1;
    while (start <= url_path.size()) {
        std::size_t end = std::min(url_path.find('/', start), url_path.size());
        std::string segment = url_path.substr(start, end - start);
        start = end + 1;
        if (segment.empty()) continue;
        if (segment == "." || segment == ".." ||
            segment.find_first_of(std::string("\\\0", 2)) != std::string::npos)
            return std::nullopt;
        file /= segment;
    }
    std::error_code ec;
    if (url_path.ends_with("/") || fs::is_directory(file, ec)) file /= "index.html";
    return file;
}

namespace {

// A crash (a build that overflows its stack) or SIGKILL runs no destructor and
// left the temporary folder behind. So a child process, forked while the
// program has a single thread, waits for the end of a pipe that only this
// process holds open, and then removes the folder.
void remove_when_gone(const fs::path& folder) {
    std::array<int, 2> pipe_fds;
    if (pipe2(pipe_fds.data(), O_CLOEXEC) != 0) return;
    pid_t pid = fork();
    if (pid != 0) {
        close(pipe_fds[0]);
        if (pid < 0) close(pipe_fds[1]); // no child: the normal exit still removes it
        return;                          // pipe_fds[1] stays open until this process ends
    }
    close(pipe_fds[1]);
    // Ctrl-C reaches every process of the terminal; this one must outlive the server.
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        std::signal(sig, SIG_IGN);
    // Nobody waits for this child's output: whoever reads the server's sees its end.
    int null = open("/dev/null", O_RDWR);
    for (int fd : {0, 1, 2})
        dup2(null, fd);
    char byte;
    for (ssize_t n; (n = read(pipe_fds[0], &byte, 1)) != 0;)
        if (n < 0 && errno != EINTR) _exit(1); // the server may still be running
    std::error_code ec;
    fs::remove_all(folder, ec);
    _exit(0);
}

} // namespace

int serve(const ServeOptions& options) {
    std::error_code temp_ec; // TMPDIR naming no folder: the system's own
    fs::path temp = fs::temp_directory_path(temp_ec);
    if (temp_ec) temp = "/tmp";
    std::string tmpl = (temp / "prongsai-serve-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) {
        std::cerr << "prongsai serve: cannot make a temporary folder in " << temp.string()
                  << " (is the disk full? TMPDIR=FOLDER before the command chooses another)\n";
        return 1;
    }
    remove_when_gone(tmpl);
    int status = 1;
    try {
        status = Server(options, tmpl).run();
    } catch (const std::exception& e) {
        std::cerr << "prongsai serve: stopped on an error (" << e.what()
                  << "); start it again, and report this if it happens again\n";
    }
    std::error_code ec;
    fs::remove_all(tmpl, ec);
    return status;
}

} // namespace prongsai

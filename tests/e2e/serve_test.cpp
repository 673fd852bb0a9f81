// `prongsai serve`: the real program as a child process, spoken to over
// loopback with a raw socket (so that paths reach it exactly as written).
#include "harness.h"

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <csignal>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <regex>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace e2e;
using namespace std::chrono_literals;

namespace {

struct Response {
    int status = 0;
    std::string head, body;
};

// A socket connected to the server on loopback (-1 if it cannot connect);
// reads and writes give up after 10 s, so that no test can hang on it.
int connect_to(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    timeval timeout{10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) return fd;
    close(fd);
    return -1;
}

bool send_all(int fd, const std::string& bytes) {
    return send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
}

// Sends `request` as is and reads the answer until the server closes, or until
// more than `cap` bytes came (then `raw` holds what came).
Response exchange(int port, const std::string& request, std::size_t cap = 64 << 20,
                  std::size_t* raw_size = nullptr) {
    Response r;
    int fd = connect_to(port);
    if (fd < 0) return r;
    std::string raw;
    if (send_all(fd, request)) {
        std::string buffer(65536, '\0');
        for (ssize_t n; raw.size() <= cap && (n = read(fd, buffer.data(), buffer.size())) > 0;)
            raw.append(buffer.data(), static_cast<std::size_t>(n));
    }
    close(fd);
    if (raw_size) *raw_size = raw.size();
    if (raw.starts_with("HTTP/1.1 ") && raw.size() > 12) r.status = std::stoi(raw.substr(9, 3));
    if (auto end = raw.find("\r\n\r\n"); end != std::string::npos) {
        r.head = raw.substr(0, end + 2);
        r.body = raw.substr(end + 4);
    }
    return r;
}

// One HTTP/1.1 request with the target sent as is (no normalising client).
Response http_get(int port, const std::string& target, const std::string& headers = "") {
    return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers +
                              "Connection: close\r\n\r\n");
}

// `prongsai serve content ARGS` in the workspace, with ENV added to the
// environment; stopped with SIGTERM at the end, and killed if it does not stop.
class ServeProcess {
  public:
    explicit ServeProcess(const Workspace& ws, std::vector<std::string> args = {"--port", "0"},
                          const std::vector<std::string>& env = {})
        : out_(ws.path("serve.out")) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addchdir_np(&actions, ws.dir().c_str());
        posix_spawn_file_actions_addopen(&actions, 1, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        posix_spawn_file_actions_addopen(&actions, 2, ws.path("serve.err").c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        args.insert(args.begin(), {prongsai_bin(), "serve", "content"});
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<std::string> env_strings(env);
        for (char** e = environ; *e; ++e)
            env_strings.push_back(*e); // after ENV: the first of a name wins
        std::vector<char*> envp;
        for (auto& e : env_strings)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        REQUIRE(posix_spawn(&pid_, prongsai_bin().c_str(), &actions, nullptr, argv.data(),
                            envp.data()) == 0);
        posix_spawn_file_actions_destroy(&actions);
    }
    ~ServeProcess() {
        if (pid_ > 0) stop();
    }

    // The port it printed, once it serves; 0 if it did not within a minute.
    int wait_for_port() const {
        static const std::regex serving(R"(serving http://127\.0\.0\.1:(\d+)/)");
        for (auto until = std::chrono::steady_clock::now() + 60s;
             std::chrono::steady_clock::now() < until; std::this_thread::sleep_for(100ms)) {
            std::smatch m;
            std::string out = read_file(out_);
            if (std::regex_search(out, m, serving)) return std::stoi(m[1]);
        }
        return 0;
    }

    // Its exit status once it ends by itself within `limit` (-1 if killed by
    // a signal); -2 if it still runs, and then it is killed.
    int wait_for_exit(std::chrono::seconds limit) {
        int status = 0;
        for (auto until = std::chrono::steady_clock::now() + limit;
             std::chrono::steady_clock::now() < until; std::this_thread::sleep_for(50ms))
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
        stop();
        return -2;
    }

    // Its exit status after `sig` (-1 if it had to be killed).
    int stop(int sig = SIGTERM) {
        kill(pid_, sig);
        int status = 0;
        for (int i = 0; i < 200; ++i, std::this_thread::sleep_for(50ms))
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        pid_ = -1;
        return -1;
    }

  private:
    fs::path out_;
    pid_t pid_ = -1;
};

// Polls `target` until `pred` holds of the response (bounded: 60 s, for slow
// sanitizer builds); returns the last response.
template <typename Pred> Response wait_until(int port, const std::string& target, Pred pred) {
    Response r;
    for (auto until = std::chrono::steady_clock::now() + 60s;
         std::chrono::steady_clock::now() < until; std::this_thread::sleep_for(100ms)) {
        r = http_get(port, target);
        if (pred(r)) break;
    }
    return r;
}

} // namespace

TEST_CASE("serve: serves the site, refuses paths outside it, rebuilds and shows errors") {
    Workspace ws;
    ServeProcess serve(ws);
    int port = serve.wait_for_port();
    REQUIRE_MESSAGE(port > 0, read_file(ws.path("serve.err")));

    Response index = http_get(port, "/index.html");
    CHECK(index.status == 200);
    CHECK(index.body.find("เทศบาลเมืองตากใบ") != std::string::npos);
    CHECK(index.body.find("/__prongsai/version") != std::string::npos); // the reload script
    CHECK(!fs::exists(ws.path("site")));                                // a private folder

    // The README promises 403 for paths that try to leave the site.
    for (std::string target :
         {"/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
          "/%2E%2E/%2E%2E/etc/passwd", "/.%2e/.%2e/etc/passwd",
          "/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd",
          "/assets/..%2f..%2findex.html", "/..%5c..%5cetc%5cpasswd", "/..\\..\\etc\\passwd",
          "/assets\\..\\index.html", "../../etc/passwd", "http://127.0.0.1/../../../../etc/passwd",
          "/index.html%00.css"}) {
        Response r = http_get(port, target);
        INFO(target);
        CHECK(r.status == 403);
        CHECK(r.body.find("root:") == std::string::npos);
    }
    // These stay inside the site, where there is no such file.
    for (std::string target : {"//etc/passwd", "/etc/passwd", "/%252e%252e/etc/passwd"}) {
        Response r = http_get(port, target);
        INFO(target);
        CHECK(r.status == 404);
        CHECK(r.body.find("root:") == std::string::npos);
    }

    std::string first = http_get(port, "/__prongsai/version").body;
    CHECK(first.starts_with("1 ok"));

    ws.edit("plan/projects/01.md", "title = \"โครงการพัฒนาความรู้", "title = \"โครงการทดสอบสด");
    // The version changes once the new build is in place; then the page is new.
    wait_until(port, "/__prongsai/version", [&](const Response& r) {
        return r.body != first && r.body.find(" ok\n") != std::string::npos;
    });
    Response edited = http_get(port, "/plan/projects/01.html");
    CHECK(edited.status == 200);
    CHECK(edited.body.find("โครงการทดสอบสด") != std::string::npos);

    ws.edit("plan/projects/01.md", "dimension = 1\n", "dimension = 1\nbroken = \n");
    Response failed = wait_until(port, "/__prongsai/version", [](const Response& r) {
        return r.body.find("failed") != std::string::npos;
    });
    CHECK(failed.body.find("content/plan/projects/01.md:4:") != std::string::npos);
    Response error_page = http_get(port, "/index.html");
    CHECK(error_page.status == 500);
    CHECK(error_page.body.find("content/plan/projects/01.md:4:") != std::string::npos);
    CHECK(error_page.body.find("?last-good") != std::string::npos);
    Response last_good = http_get(port, "/index.html?last-good");
    CHECK(last_good.status == 200);
    CHECK(last_good.body.find("เทศบาลเมืองตากใบ") != std::string::npos);
    // Not a page: styles still come from the last good build.
    Response style = http_get(port, "/assets/style.css");
    CHECK(style.status == 200);
    CHECK(style.body == read_file(source_dir() / "themes/default/assets/style.css"));

    ws.edit("plan/projects/01.md", "broken = \n", "");
    Response fixed = wait_until(port, "/plan/projects/01.html",
                                [](const Response& r) { return r.status == 200; });
    CHECK(fixed.body.find("โครงการทดสอบสด") != std::string::npos);
    CHECK(http_get(port, "/__prongsai/version").body.find(" ok\n") != std::string::npos);

    CHECK(serve.stop() == 0);
}

TEST_CASE("serve: a port outside 0-65535 is refused with a message, not bound") {
    Workspace ws;
    for (std::string port : {"65536", "65537", "-1", "100000"}) {
        INFO(port);
        ServeProcess serve(ws, {"--port=" + port});
        // It used to serve (65537 on port 1); now it stops at once.
        CHECK(serve.wait_for_exit(30s) == 1);
        std::string err = read_file(ws.path("serve.err"));
        CHECK(err.find(port + " is not a port number") != std::string::npos);
        CHECK(err.find("--port 8080") != std::string::npos);
        CHECK(read_file(ws.path("serve.out")).find("serving") == std::string::npos);
    }
}

TEST_CASE("serve: clients that send slowly do not hold up the others") {
    Workspace ws;
    ServeProcess serve(ws);
    int port = serve.wait_for_port();
    REQUIRE_MESSAGE(port > 0, read_file(ws.path("serve.err")));

    // More of them than the server has workers, each sending a header line a
    // second and never the end of the request (for at most 30 s).
    std::vector<int> slow;
    for (int i = 0; i < 24; ++i) {
        int fd = connect_to(port);
        REQUIRE(fd >= 0);
        send_all(fd, "GET /index.html HTTP/1.1\r\n");
        slow.push_back(fd);
    }
    std::atomic<bool> done = false;
    std::thread drip([&] {
        for (int second = 0; second < 30 && !done; ++second) {
            for (int i = 0; i < 10 && !done; ++i)
                std::this_thread::sleep_for(100ms);
            for (int fd : slow)
                send_all(fd, "X-Slow: " + std::to_string(second) + "\r\n");
        }
    });
    std::this_thread::sleep_for(500ms); // so that they are ahead in the queue

    auto start = std::chrono::steady_clock::now();
    Response r = http_get(port, "/index.html");
    auto took = std::chrono::steady_clock::now() - start;
    done = true;
    drip.join();
    for (int fd : slow)
        close(fd);
    // Before, the answer waited for the slow clients to finish (here: 30 s;
    // the read gave up after 10 s). A request's head now has 3 s.
    CHECK(r.status == 200);
    CHECK(r.body.find("เทศบาลเมืองตากใบ") != std::string::npos);
    CHECK(took < 10s);
}

TEST_CASE("serve: a request for many ranges gets the file once") {
    Workspace ws;
    ServeProcess serve(ws);
    int port = serve.wait_for_port();
    REQUIRE_MESSAGE(port > 0, read_file(ws.path("serve.err")));
    const std::string target = "/documents/plan-2566-2570.pdf";
    const std::string pdf = read_file(ws.path("content/documents/plan-2566-2570.pdf"));

    // 500 times the whole file, in 1.5 KB of request: it was 777 MB of answer.
    std::string ranges = "Range: bytes=0-";
    for (int i = 1; i < 500; ++i)
        ranges += ",0-";
    std::size_t raw_size = 0;
    Response many = exchange(port,
                             "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + ranges +
                                 "\r\nConnection: close\r\n\r\n",
                             4 * pdf.size(), &raw_size);
    CHECK(many.status == 200);
    CHECK(raw_size < pdf.size() + 4096);
    CHECK(many.body == pdf);

    // One range, as a PDF viewer asks, is still a range.
    Response one = http_get(port, target, "Range: bytes=100-199\r\n");
    CHECK(one.status == 206);
    CHECK(one.body == pdf.substr(100, 100));
    CHECK(one.head.find("Content-Range: bytes 100-199/" + std::to_string(pdf.size())) !=
          std::string::npos);
}

TEST_CASE("serve: a request with no end to its first line is cut off") {
    Workspace ws;
    ServeProcess serve(ws);
    int port = serve.wait_for_port();
    REQUIRE_MESSAGE(port > 0, read_file(ws.path("serve.err")));

    // httplib kept reading a line until its end, in memory. The server now
    // stops after 17 KB: it closes the connection (or answers), which shows as
    // a failed send or a readable socket. Bounded: 64 MB or 20 s.
    int fd = connect_to(port);
    REQUIRE(fd >= 0);
    send_all(fd, "GET /");
    const std::string chunk(65536, 'a');
    bool cut_off = false;
    auto until = std::chrono::steady_clock::now() + 20s;
    for (int i = 0; i < 1024 && !cut_off && std::chrono::steady_clock::now() < until; ++i) {
        pollfd p{fd, POLLIN, 0};
        cut_off = !send_all(fd, chunk) || poll(&p, 1, 2) == 1;
    }
    close(fd);
    CHECK(cut_off);
    CHECK(http_get(port, "/index.html").status == 200);
}

TEST_CASE("serve: its temporary folder is removed however it ends") {
    Workspace ws;
    fs::create_directory(ws.path("tmp"));
    for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGKILL}) {
        INFO("signal " << sig);
        ServeProcess serve(ws, {"--port", "0"}, {"TMPDIR=" + ws.path("tmp").string()});
        int port = serve.wait_for_port();
        REQUIRE_MESSAGE(port > 0, read_file(ws.path("serve.err")));
        CHECK(std::distance(fs::directory_iterator(ws.path("tmp")), fs::directory_iterator()) == 1);
        // SIGKILL stands for any death that runs no code of its own (a build
        // that overflows its stack). The folder may go a moment after.
        serve.stop(sig);
        for (int i = 0; i < 300 && !fs::is_empty(ws.path("tmp")); ++i)
            std::this_thread::sleep_for(100ms);
        CHECK(fs::is_empty(ws.path("tmp")));
    }
}

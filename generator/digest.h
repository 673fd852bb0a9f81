// Fast content digests (xxHash XXH3-128) for the incremental build's cache keys.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#define XXH_STATIC_LINKING_ONLY // XXH3_state_t on the stack
#include <xxhash.h>

namespace prongsai {

class Digest {
  public:
    Digest() { XXH3_128bits_reset(&state_); }
    Digest& add(std::string_view bytes) {
        // The length first, so ("ab","c") and ("a","bc") differ.
        std::uint64_t size = bytes.size();
        XXH3_128bits_update(&state_, &size, sizeof size);
        XXH3_128bits_update(&state_, bytes.data(), bytes.size());
        return *this;
    }
    Digest& add(std::int64_t n) {
        return add(std::string_view(reinterpret_cast<const char*>(&n), sizeof n));
    }
    std::string hex() const {
        XXH128_hash_t h = XXH3_128bits_digest(&state_);
        char out[33];
        std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                      static_cast<unsigned long long>(h.low64));
        return out;
    }

  private:
    XXH3_state_t state_;
};

inline std::string digest_of(std::string_view bytes) {
    return Digest().add(bytes).hex();
}

} // namespace prongsai

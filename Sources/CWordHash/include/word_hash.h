#ifndef APISPEC_WORD_HASH_H
#define APISPEC_WORD_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/// A 64-bit hash of bytes handed over in pieces of any size: the same as of them whole, and the
/// same on every machine and in every run. Not cryptographic: it tells that bytes changed, not
/// against an adversary. Swift's `WordHash` (APISpecCore) holds one, and the thread that writes
/// a large output (`CFileWriter`) continues one, so both hash the same way.
///
/// Thirty-two bytes a step, four little-endian words each mixed into its own lane by a multiply
/// and a rotation: a fraction of an instruction a byte, where a byte-at-a-time hash costs
/// several and waits on a multiply for every byte; the four lanes do not wait on each other. The
/// bytes short of a step at the end, zero-padded, then the lanes and the count, are mixed in last.
/// Inline: Swift code hashes short texts with it too, where a call would cost more than the hash.
typedef struct word_hash {
    uint64_t lanes[4];
    /// Bytes short of a step at the end of a piece, as they are in memory; the next piece's
    /// first bytes complete them. Zero past them.
    unsigned char pending[32];
    /// The bytes added so far.
    uint64_t count;
} word_hash_t;

enum { WORD_HASH_STEP = 32 };

static inline void word_hash_init(word_hash_t *hash) {
    hash->lanes[0] = 0xCBF29CE484222325u;
    hash->lanes[1] = 0x84222325CBF29CE4u;
    hash->lanes[2] = 0x9CE4CBF223258422u;
    hash->lanes[3] = 0x232584229CE4CBF2u;
    memset(hash->pending, 0, sizeof hash->pending);
    hash->count = 0;
}

static inline uint64_t word_hash_mix(uint64_t lane, uint64_t word) {
    uint64_t mixed = (lane ^ word) * 0x9E3779B97F4A7C15u;
    // A rotation: written out, clang folded the shift into a second multiply.
#if defined(__has_builtin) && __has_builtin(__builtin_rotateleft64)
    return __builtin_rotateleft64(mixed, 29);
#else
    return mixed << 29 | mixed >> 35;
#endif
}

/// The little-endian word at `bytes`: one load (inlined into Swift, a loop over its bytes stayed
/// eight).
static inline uint64_t word_hash_word(const unsigned char *bytes) {
    uint64_t word;
    memcpy(&word, bytes, sizeof word);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    word = __builtin_bswap64(word);
#endif
    return word;
}

/// Mixes `steps` steps of `bytes` into `lanes`, held in registers: stored through the hash,
/// each step's lanes went back to memory, as the bytes might have been the hash's own.
static inline void word_hash_steps(uint64_t lanes[4], const unsigned char *bytes, size_t steps) {
    uint64_t first = lanes[0], second = lanes[1], third = lanes[2], fourth = lanes[3];
    for (size_t step = 0; step < steps; step += 1, bytes += WORD_HASH_STEP) {
        first = word_hash_mix(first, word_hash_word(bytes));
        second = word_hash_mix(second, word_hash_word(bytes + 8));
        third = word_hash_mix(third, word_hash_word(bytes + 16));
        fourth = word_hash_mix(fourth, word_hash_word(bytes + 24));
    }
    lanes[0] = first;
    lanes[1] = second;
    lanes[2] = third;
    lanes[3] = fourth;
}

static inline void word_hash_mix_pending(word_hash_t *hash) {
    word_hash_steps(hash->lanes, hash->pending, 1);
    memset(hash->pending, 0, sizeof hash->pending);
}

static inline void word_hash_add(word_hash_t *hash, const void *bytes, size_t count) {
    const unsigned char *next = bytes;
    size_t pending_count = (size_t)(hash->count % WORD_HASH_STEP);
    hash->count += count;
    size_t offset = 0;
    if (pending_count > 0) {
        offset = WORD_HASH_STEP - pending_count < count ? WORD_HASH_STEP - pending_count : count;
        memcpy(hash->pending + pending_count, next, offset);
        if (pending_count + offset < WORD_HASH_STEP) return;
        word_hash_mix_pending(hash);
    }
    size_t steps = (count - offset) / WORD_HASH_STEP;
    word_hash_steps(hash->lanes, next + offset, steps);
    offset += steps * WORD_HASH_STEP;
    if (offset < count) memcpy(hash->pending, next + offset, count - offset);
}

/// The hash of every byte added so far.
static inline uint64_t word_hash_value(const word_hash_t *hash) {
    word_hash_t final = *hash;
    word_hash_mix_pending(&final);
    const uint64_t *lanes = final.lanes;
    return word_hash_mix(word_hash_mix(word_hash_mix(word_hash_mix(lanes[0], lanes[1]), lanes[2]), lanes[3]), final.count);
}

#endif

#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA extensions that csha256_compress_blocks needs.
int csha256_has_hardware(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks with the CPU's SHA
/// instructions. Call only when csha256_has_hardware() returns non-zero.
void csha256_compress_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif

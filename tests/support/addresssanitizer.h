#pragma once

// Whether this test program is built with AddressSanitizer (gcc defines __SANITIZE_ADDRESS__,
// clang answers __has_feature). Its allocator keeps freed memory in a quarantine, maps shadow
// memory and reserves address space its own way, so RSS, peak RSS and VmPeak say nothing about
// what Easel asked for: under it a test checks the refusal, in the normal build the memory too.
#if defined(__SANITIZE_ADDRESS__)
#define EASEL_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EASEL_UNDER_ASAN 1
#endif
#endif
#ifndef EASEL_UNDER_ASAN
#define EASEL_UNDER_ASAN 0
#endif

namespace EaselTest {
// RSS, its peak and the address space mean what they say (not under AddressSanitizer).
inline constexpr bool memoryFiguresAreMeaningful = !EASEL_UNDER_ASAN;
} // namespace EaselTest

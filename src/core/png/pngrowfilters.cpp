#include "pngrowfilters.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace Easel::PngRowFilters {

namespace {

#if defined(__SSE2__)
// Four bytes (the pixel's 3 or 4) in the low lane of a register, and back.
// (Three bytes are put together in a register: a 4-byte load of a value just assembled in
// memory from narrower stores cannot be forwarded and stalls every pixel.)
template<int Bpp>
inline __m128i load(const uchar *p)
{
    if constexpr (Bpp == 4) {
        quint32 value;
        std::memcpy(&value, p, 4);
        return _mm_cvtsi32_si128(int(value));
    } else {
        return _mm_cvtsi32_si128(int(quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16)));
    }
}

template<int Bpp>
inline void store(uchar *p, __m128i v)
{
    const auto value = quint32(_mm_cvtsi128_si32(v));
    if constexpr (Bpp == 4) {
        std::memcpy(p, &value, 4);
    } else {
        p[0] = uchar(value);
        p[1] = uchar(value >> 8);
        p[2] = uchar(value >> 16);
    }
}

inline __m128i absolute(__m128i v)
{
    const __m128i negative = _mm_cmpgt_epi16(_mm_setzero_si128(), v);
    return _mm_sub_epi16(_mm_xor_si128(v, negative), negative);
}

template<int Bpp>
void paeth(uchar *row, const uchar *above, size_t length)
{
    // In 16-bit lanes: pa = |b - c|, pb = |a - c|, pc = |a + b - 2c|; the predictor is a if
    // pa ≤ pb and pa ≤ pc, else b if pb ≤ pc, else c.
    const __m128i zero = _mm_setzero_si128();
    __m128i a = zero, c = zero;
    for (size_t i = 0; i + Bpp <= length; i += Bpp) {
        const __m128i b = _mm_unpacklo_epi8(load<Bpp>(above + i), zero);
        const __m128i pa = absolute(_mm_sub_epi16(b, c));
        const __m128i pb = absolute(_mm_sub_epi16(a, c));
        const __m128i pc = absolute(_mm_sub_epi16(_mm_add_epi16(a, b), _mm_add_epi16(c, c)));
        // Choose b or c first, then a over them.
        const __m128i takeC = _mm_cmpgt_epi16(pb, pc);
        const __m128i bc = _mm_or_si128(_mm_and_si128(takeC, c), _mm_andnot_si128(takeC, b));
        const __m128i notA = _mm_or_si128(_mm_cmpgt_epi16(pa, pb), _mm_cmpgt_epi16(pa, pc));
        const __m128i predictor = _mm_or_si128(_mm_and_si128(notA, bc), _mm_andnot_si128(notA, a));
        const __m128i x = _mm_add_epi8(load<Bpp>(row + i), _mm_packus_epi16(predictor, zero));
        store<Bpp>(row + i, x);
        a = _mm_unpacklo_epi8(x, zero);
        c = b;
    }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define EASEL_PAETH_SSE41 1
// Paeth is the costliest filter (each pixel's predictor depends on the one just decoded). With
// SSE4.1 (every x86-64 CPU since 2008; chosen at run time, the build targets plain x86-64)
// the chain per pixel is shorter: absolute values and blends in one instruction each, and
// |b - c| and b - c, which do not depend on the pixel before, computed off the chain.
template<int Bpp>
__attribute__((target("sse4.1"))) void paethSse41(uchar *row, const uchar *above, size_t length)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i low = _mm_set1_epi16(0xff);
    __m128i a = zero, c = zero;
    for (size_t i = 0; i + Bpp <= length; i += Bpp) {
        const __m128i b = _mm_cvtepu8_epi16(load<Bpp>(above + i));
        const __m128i raw = _mm_cvtepu8_epi16(load<Bpp>(row + i));
        const __m128i d = _mm_sub_epi16(b, c);
        const __m128i pa = _mm_abs_epi16(d);
        const __m128i t = _mm_sub_epi16(a, c);
        const __m128i pb = _mm_abs_epi16(t);
        const __m128i pc = _mm_abs_epi16(_mm_add_epi16(t, d));
        const __m128i bc = _mm_blendv_epi8(b, c, _mm_cmpgt_epi16(pb, pc));
        const __m128i predictor = _mm_blendv_epi8(a, bc, _mm_cmpgt_epi16(pa, _mm_min_epi16(pb, pc)));
        a = _mm_and_si128(_mm_add_epi16(raw, predictor), low);
        c = b;
        store<Bpp>(row + i, _mm_packus_epi16(a, zero));
    }
}

bool hasSse41()
{
    static const bool has = __builtin_cpu_supports("sse4.1");
    return has;
}
#endif
#else
template<int Bpp>
void paeth(uchar *row, const uchar *above, size_t length)
{
    for (size_t i = 0; i < length; ++i) {
        const int a = i >= Bpp ? row[i - Bpp] : 0;
        const int b = above[i];
        const int c = i >= Bpp ? above[i - Bpp] : 0;
        const int pa = std::abs(b - c), pb = std::abs(a - c), pc = std::abs(a + b - 2 * c);
        row[i] = uchar(row[i] + ((pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c)));
    }
}
#endif

// Sub and Average in plain C++, the pixel to the left kept in registers (one chain per
// channel, side by side): faster than moving each pixel through an SSE register.
template<int Bpp>
void sub(uchar *row, size_t length)
{
    uchar left[Bpp] = {};
    for (size_t i = 0; i + Bpp <= length; i += Bpp) {
        for (int c = 0; c < Bpp; ++c) {
            left[c] = uchar(left[c] + row[i + size_t(c)]);
            row[i + size_t(c)] = left[c];
        }
    }
}

template<int Bpp>
void average(uchar *row, const uchar *above, size_t length)
{
    unsigned left[Bpp] = {};
    for (size_t i = 0; i + Bpp <= length; i += Bpp) {
        for (int c = 0; c < Bpp; ++c) {
            left[c] = uchar(row[i + size_t(c)] + ((left[c] + above[i + size_t(c)]) >> 1));
            row[i + size_t(c)] = uchar(left[c]);
        }
    }
}

template<int Bpp>
bool unfilterAs(int type, uchar *row, const uchar *above, size_t length)
{
    switch (type) {
    case 0:
        return true;
    case 1:
        sub<Bpp>(row, length);
        return true;
    case 2:
        for (size_t i = 0; i < length; ++i)
            row[i] = uchar(row[i] + above[i]);
        return true;
    case 3:
        average<Bpp>(row, above, length);
        return true;
    case 4:
#if defined(EASEL_PAETH_SSE41)
        if (hasSse41()) {
            paethSse41<Bpp>(row, above, length);
            return true;
        }
#endif
        paeth<Bpp>(row, above, length);
        return true;
    default:
        return false;
    }
}

} // namespace

bool unfilter(int type, uchar *row, const uchar *above, size_t length, int bpp)
{
    return bpp == 4 ? unfilterAs<4>(type, row, above, length) : unfilterAs<3>(type, row, above, length);
}

void rgbToRgb32(const uchar *row, QRgb *out, int width)
{
    for (int x = 0; x < width; ++x, row += 3)
        out[x] = 0xff000000u | (quint32(row[0]) << 16) | (quint32(row[1]) << 8) | row[2];
}

void rgbaToPremultiplied(const uchar *row, QRgb *out, int width)
{
    for (int x = 0; x < width; ++x, row += 4)
        out[x] = qPremultiply(qRgba(row[0], row[1], row[2], row[3]));
}

void addColumns(const uchar *row, int width, int channels, quint32 *sums)
{
    if (channels == 3) {
        const size_t length = size_t(width) * 3;
        for (size_t i = 0; i < length; ++i)
            sums[i] += row[i];
        return;
    }
    for (int x = 0; x < width; ++x, row += 4, sums += 4) {
        const QRgb p = qPremultiply(qRgba(row[0], row[1], row[2], row[3]));
        sums[0] += quint32(qRed(p));
        sums[1] += quint32(qGreen(p));
        sums[2] += quint32(qBlue(p));
        sums[3] += row[3];
    }
}

} // namespace Easel::PngRowFilters

#pragma once

#include "nodecatalogue.h"

#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

namespace Easel::Detail {

// Blocks of items that never move once appended, reached by number: the catalogue hands
// out pointers to its classes and inputs, and a big /object_info must not be copied
// whole to grow a vector (issue 17: the peak while parsing counts every copy).
template<typename T, size_t ChunkItems>
class StableList
{
public:
    T &append(T value)
    {
        if (m_chunks.empty() || m_chunks.back().size() == ChunkItems) {
            m_chunks.emplace_back();
            m_chunks.back().reserve(ChunkItems);
        }
        m_chunks.back().push_back(std::move(value)); // within the reserve: never reallocates
        ++m_size;
        return m_chunks.back().back();
    }
    T &last() { return m_chunks.back().back(); }
    T &operator[](size_t i) { return m_chunks[i / ChunkItems][i % ChunkItems]; }
    const T &operator[](size_t i) const { return m_chunks[i / ChunkItems][i % ChunkItems]; }
    size_t size() const { return m_size; }

    template<typename F>
    void forEach(F &&f) const
    {
        for (const std::vector<T> &chunk : m_chunks) {
            for (const T &item : chunk)
                f(item);
        }
    }

private:
    std::vector<std::vector<T>> m_chunks;
    size_t m_size = 0;
};

// A hash index over item numbers (of a StableList): open addressing, one 4-byte slot per
// place holding the item's number and 6 bits of its hash (so most places that are not it
// are passed without reading the item), at most three quarters full: 5-11 bytes an item,
// where a node-based set costs 50-100 (a heap node, a bucket, often a key copy). Growing
// asks the owner for each item's hash again. Items past the 2^26th are not indexed (they
// are then not shared): far more than a 192 MiB answer can hold.
class InternIndex
{
public:
    // The number of the item whose hash is `hash` and for which equal(number) holds, or -1.
    template<typename Equal>
    qint64 find(quint32 hash, Equal &&equal) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        const quint32 tag = hash >> ItemBits;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const quint32 slot = m_slots[i];
            if (slot == 0)
                return -1;
            const quint32 item = (slot & ItemMask) - 1;
            if ((slot >> ItemBits) == tag && equal(item))
                return qint64(item);
        }
    }

    // hashOf(number) gives an indexed item's hash (the one it was inserted with).
    template<typename HashOf>
    void insert(quint32 hash, quint32 item, HashOf &&hashOf)
    {
        if (item + 1 > ItemMask)
            return;
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            grow(hashOf);
        place(m_slots, hash, item);
        ++m_count;
    }

private:
    static constexpr int ItemBits = 26;
    static constexpr quint32 ItemMask = (quint32(1) << ItemBits) - 1;

    static void place(std::vector<quint32> &table, quint32 hash, quint32 item)
    {
        const size_t mask = table.size() - 1;
        size_t i = hash & mask;
        while (table[i] != 0)
            i = (i + 1) & mask;
        table[i] = ((hash >> ItemBits) << ItemBits) | (item + 1);
    }

    template<typename HashOf>
    void grow(HashOf &&hashOf)
    {
        std::vector<quint32> bigger(std::max<size_t>(64, m_slots.size() * 2), 0);
        for (const quint32 slot : m_slots) {
            if (slot != 0) {
                const quint32 item = (slot & ItemMask) - 1;
                place(bigger, hashOf(item), item);
            }
        }
        m_slots.swap(bigger);
    }

    std::vector<quint32> m_slots;
    size_t m_count = 0;
};

// Mixes a running hash into one whose low bits spread well (murmur3's finaliser).
inline quint32 finishHash(quint32 h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bU;
    h ^= h >> 13;
    h *= 0xc2b2ae35U;
    h ^= h >> 16;
    return h;
}

// FNV-1a over UTF-16 code units; ASCII bytes hash as the code units they become, so a
// name can be looked up before it is converted.
inline quint32 hashText(QStringView text)
{
    quint32 h = 2166136261U;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619U;
    }
    return finishHash(h);
}

inline quint32 hashAscii(const char *data, size_t size)
{
    quint32 h = 2166136261U;
    for (size_t i = 0; i < size; ++i) {
        h ^= quint32(static_cast<unsigned char>(data[i]));
        h *= 16777619U;
    }
    return finishHash(h);
}

// Arrays of input pointers, one per class, cut from shared blocks (a class's inputs cost
// 8 bytes each and no allocation of their own).
class PointerBlocks
{
public:
    const InputSpec **allocate(size_t n)
    {
        if (n == 0)
            return nullptr;
        if (m_blocks.empty() || m_used + n > m_blockSize) {
            m_blockSize = std::max<size_t>(1024, n);
            m_blocks.push_back(std::make_unique<const InputSpec *[]>(m_blockSize));
            m_used = 0;
        }
        const InputSpec **out = m_blocks.back().get() + m_used;
        m_used += n;
        return out;
    }

private:
    std::vector<std::unique_ptr<const InputSpec *[]>> m_blocks;
    size_t m_blockSize = 0;
    size_t m_used = 0;
};

// What a NodeCatalogue holds: every class (in the text's order, found by name through
// classIndex), every distinct InputSpec and InputOptions, and the classes' input arrays.
struct CatalogueStore
{
    struct Entry
    {
        Entry(QString key_, NodeClass nodeClass_) : key(std::move(key_)), nodeClass(std::move(nodeClass_)) {}
        QString key; // the class's name in the text (NodeClass::name is nearly always it)
        NodeClass nodeClass;
        // A name given twice (never by a real server): the first entry keeps its place in
        // the order and links to the last definition; later ones are marked and not listed.
        qint32 link = -1; // first entry: the entry that replaces it; a replacement: -2
    };
    StableList<Entry, 256> classes;
    size_t distinctClasses = 0; // classes, without the replaced definitions of a name given twice
    InternIndex classIndex;
    StableList<QString, 1024> strings; // every distinct name, type and text, once
    StableList<NodeClassShared, 64> shared;
    StableList<InputOptions, 256> options;
    StableList<InputSpec, 1024> specs;
    PointerBlocks inputs;

    const NodeClass *find(QStringView key) const
    {
        const qint64 i = classIndex.find(hashText(key), [&](quint32 n) { return classes[n].key == key; });
        if (i < 0)
            return nullptr;
        const Entry &entry = classes[size_t(i)];
        return entry.link >= 0 ? &classes[size_t(entry.link)].nodeClass : &entry.nodeClass;
    }
};

} // namespace Easel::Detail

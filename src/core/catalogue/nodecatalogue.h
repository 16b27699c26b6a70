#pragma once

#include "jsonnumber.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QSharedData>
#include <iterator>
#include <optional>

namespace Easel {

// One input of a node class, from /object_info (comfyui-protocol.md §1.7).
struct InputSpec
{
    enum class Section { Required, Optional, Hidden };
    QString name;
    Section section = Section::Required;
    QString type;           // INT, FLOAT, STRING, BOOLEAN, COMBO, or a socket type (MODEL, ...)
    QStringList choices;    // COMBO (legacy list form or V2 "options")
    QJsonValue defaultValue;
    JsonNumber minimum;     // invalid = none given
    JsonNumber maximum;
    JsonNumber step;
    std::optional<double> round; // FLOAT round, when a number
    bool multiline = false;
    bool forceInput = false;
    bool controlAfterGenerate = false;      // the option is true or a mode name
    bool controlAfterGenerateGiven = false; // the option is present (even false)
    bool dynamicPrompts = false;
    QString uploadKind;     // "image", "video", "audio", "file": an upload button widget
    QByteArray tooltipUtf8; // kept as the server's UTF-8; tooltip() converts on demand
    QString tooltip() const { return QString::fromUtf8(tooltipUtf8); }
    bool isWidget() const; // a value (not a socket-only input)
    // The frontend adds a "control after generate" combo after this widget
    // (comfyui-protocol.md §5.5: the option, else INT inputs named seed / noise_seed).
    bool hasControlWidget() const;
};

// The inputs of one node class, read like a list of InputSpec. Each InputSpec is held
// once and shared by every class whose input is the same (name, type and options):
// /object_info repeats "model": ["MODEL"], "clip": ["CLIP"], seeds and samplers across
// classes, so about half of a stock server's 2,062 inputs are repeats, and an input
// costs a class one pointer where it cost a 248-byte copy (issue 17: /object_info memory).
// An element's address is stable for the list's lifetime, copies included.
namespace Detail {
struct SharedInputSpec : QSharedData
{
    explicit SharedInputSpec(InputSpec s) : spec(std::move(s)) {}
    const InputSpec spec;
};
} // namespace Detail

class InputList
{
public:
    using Shared = QExplicitlySharedDataPointer<Detail::SharedInputSpec>;

private:
    using Items = QList<Shared>;

public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = InputSpec;
        using difference_type = std::ptrdiff_t;
        using pointer = const InputSpec *;
        using reference = const InputSpec &;
        const_iterator() = default;
        explicit const_iterator(Items::const_iterator it) : m_it(it) {}
        reference operator*() const { return (*m_it)->spec; }
        pointer operator->() const { return &(*m_it)->spec; }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator old = *this;
            ++m_it;
            return old;
        }
        bool operator==(const const_iterator &other) const { return m_it == other.m_it; }
        bool operator!=(const const_iterator &other) const { return m_it != other.m_it; }

    private:
        Items::const_iterator m_it;
    };
    using iterator = const_iterator;

    qsizetype size() const { return m_items.size(); }
    qsizetype count() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const InputSpec &at(qsizetype i) const { return m_items.at(i)->spec; }
    const InputSpec &operator[](qsizetype i) const { return m_items.at(i)->spec; }
    const InputSpec &first() const { return m_items.first()->spec; }
    const InputSpec &last() const { return m_items.last()->spec; }
    const_iterator begin() const { return const_iterator(m_items.cbegin()); }
    const_iterator end() const { return const_iterator(m_items.cend()); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    void append(InputSpec spec) { m_items.append(Shared(new Detail::SharedInputSpec(std::move(spec)))); }
    void append(Shared shared) { m_items.append(std::move(shared)); }
    void reserve(qsizetype n) { m_items.reserve(n); }
    void squeeze() { m_items.squeeze(); }

private:
    Items m_items;
};

struct NodeClass
{
    QString name;
    QString displayName;
    QString category;
    QString description;
    QString pythonModule;
    bool outputNode = false;
    bool deprecated = false;
    bool experimental = false;
    InputList inputs;          // required, then optional, then hidden; server order
    QStringList outputTypes;   // a combo output is "COMBO"
    QStringList outputNames;
    QList<bool> outputIsList;

    const InputSpec *input(QStringView inputName) const;
};

// Every node class of one server, parsed from /object_info's JSON text with key order
// kept (input_order when present, else the order in the text) and integers kept exact.
class NodeCatalogue
{
public:
    struct ParseError
    {
        QString message; // says where: "line L, column C" or the class and input
        qint64 offset = -1;
    };

    // Parses the whole text; classes with an unreadable definition are skipped and
    // listed in skippedClasses(), since the server itself omits classes that fail.
    static NodeCatalogue fromJson(const QByteArray &json, ParseError *error = nullptr);

    bool isEmpty() const { return m_classes.isEmpty(); }
    int size() const { return int(m_classes.size()); }
    const NodeClass *nodeClass(const QString &name) const;
    QStringList classNames() const { return m_order; }
    QStringList skippedClasses() const { return m_skipped; }

private:
    QHash<QString, NodeClass> m_classes;
    QStringList m_order;
    QStringList m_skipped;
};

} // namespace Easel

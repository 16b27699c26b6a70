#pragma once

#include "jsonnumber.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <iterator>
#include <memory>
#include <optional>

namespace Easel {

// Everything of one input but its name, section and type: the value's default, bounds,
// choices and widget options. Held once per distinct set of options and shared by every
// input that has it (thousands of inputs share "INT, default 0, min 0, max 2^64-1" or
// "FLOAT, default 1.0, step 0.01"; a socket input has none).
struct InputOptions
{
    QStringList choices;    // COMBO (legacy list form or V2 "options")
    QJsonValue defaultValue;
    JsonNumber minimum;     // invalid = none given
    JsonNumber maximum;
    JsonNumber step;
    std::optional<double> round; // FLOAT round, when a number
    QString uploadKind;     // "image", "video", "audio", "file": an upload button widget
    QByteArray tooltipUtf8; // kept as the server's UTF-8; InputSpec::tooltip() converts on demand
    bool multiline = false;
    bool forceInput = false;
    bool controlAfterGenerate = false;      // the option is true or a mode name
    bool controlAfterGenerateGiven = false; // the option is present (even false)
    bool dynamicPrompts = false;

    static const InputOptions &none(); // an input without options
};

// One input of a node class, from /object_info (comfyui-protocol.md §1.7). 32 bytes: its
// name and type as references to the catalogue's one copy of each string, its section, and
// its options by pointer (issue 17: an input whose name no other class has cost a 248-byte
// spec with every option inline; most options are absent or repeat). The references read
// like the QString fields they replace. The catalogue holds every InputSpec, string and
// InputOptions; they live as long as the catalogue or any copy of it.
struct InputSpec
{
    enum class Section : quint8 { Required, Optional, Hidden };

    InputSpec(const QString &name_, Section section_, const QString &type_, const InputOptions *options)
        : name(name_), type(type_), section(section_), m_options(options)
    {
    }

    const QString &name;
    const QString &type; // INT, FLOAT, STRING, BOOLEAN, COMBO, or a socket type (MODEL, ...)
    Section section = Section::Required;

    const InputOptions &options() const { return *m_options; }
    const QStringList &choices() const { return m_options->choices; }
    const QJsonValue &defaultValue() const { return m_options->defaultValue; }
    const JsonNumber &minimum() const { return m_options->minimum; }
    const JsonNumber &maximum() const { return m_options->maximum; }
    const JsonNumber &step() const { return m_options->step; }
    const std::optional<double> &round() const { return m_options->round; }
    bool multiline() const { return m_options->multiline; }
    bool forceInput() const { return m_options->forceInput; }
    bool controlAfterGenerate() const { return m_options->controlAfterGenerate; }
    bool controlAfterGenerateGiven() const { return m_options->controlAfterGenerateGiven; }
    bool dynamicPrompts() const { return m_options->dynamicPrompts; }
    const QString &uploadKind() const { return m_options->uploadKind; }
    const QByteArray &tooltipUtf8() const { return m_options->tooltipUtf8; }
    QString tooltip() const { return QString::fromUtf8(m_options->tooltipUtf8); }
    bool isWidget() const; // a value (not a socket-only input)
    // The frontend adds a "control after generate" combo after this widget
    // (comfyui-protocol.md §5.5: the option, else INT inputs named seed / noise_seed).
    bool hasControlWidget() const;

private:
    const InputOptions *m_options;
};

// The inputs of one node class, read like a list of InputSpec: a slice of pointers the
// catalogue holds. Each InputSpec is held once and shared by every class whose input is
// the same (name, section, type and options): /object_info repeats "model": ["MODEL"],
// "clip": ["CLIP"], seeds and samplers across classes, so about half of a stock server's
// 2,062 inputs are repeats and cost a class one pointer. Valid as long as the catalogue
// (or a copy of it) that gave it.
class InputList
{
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
        explicit const_iterator(const InputSpec *const *it) : m_it(it) {}
        reference operator*() const { return **m_it; }
        pointer operator->() const { return *m_it; }
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
        const InputSpec *const *m_it = nullptr;
    };
    using iterator = const_iterator;

    InputList() = default;
    InputList(const InputSpec *const *items, qsizetype size) : m_items(items), m_size(size) {}

    qsizetype size() const { return m_size; }
    qsizetype count() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const InputSpec &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return *m_items[i];
    }
    const InputSpec &operator[](qsizetype i) const { return at(i); }
    const InputSpec &first() const { return at(0); }
    const InputSpec &last() const { return at(m_size - 1); }
    const_iterator begin() const { return const_iterator(m_items); }
    const_iterator end() const { return const_iterator(m_items + m_size); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

private:
    const InputSpec *const *m_items = nullptr;
    qsizetype m_size = 0;
};

// What many classes have alike: category, module and outputs. Held once per distinct set
// (a node pack's classes share their module and most their category and outputs).
struct NodeClassShared
{
    QString category;
    QString pythonModule;
    QStringList outputTypes;   // a combo output is "COMBO"
    QStringList outputNames;
    QList<bool> outputIsList;
};

// One node class. The fields a class shares with others are references into the
// catalogue's NodeClassShared (8 bytes each instead of 24, issue 17), read like the fields
// they replace; a NodeClass lives in its catalogue and is only read through pointers.
struct NodeClass
{
    NodeClass(QString name_, QString displayName_, QString description_, const NodeClassShared &shared,
              InputList inputs_)
        : name(std::move(name_)), displayName(std::move(displayName_)), category(shared.category),
          description(std::move(description_)), pythonModule(shared.pythonModule), inputs(inputs_),
          outputTypes(shared.outputTypes), outputNames(shared.outputNames), outputIsList(shared.outputIsList)
    {
    }

    QString name;
    QString displayName;
    const QString &category;
    QString description;
    const QString &pythonModule;
    bool outputNode = false;
    bool deprecated = false;
    bool experimental = false;
    InputList inputs;          // required, then optional, then hidden; server order
    const QStringList &outputTypes;   // a combo output is "COMBO"
    const QStringList &outputNames;
    const QList<bool> &outputIsList;

    const InputSpec *input(QStringView inputName) const;
};

namespace Detail {
struct CatalogueStore;
}

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

    bool isEmpty() const { return size() == 0; }
    int size() const;
    const NodeClass *nodeClass(const QString &name) const;
    QStringList classNames() const; // in the text's order
    QStringList skippedClasses() const { return m_skipped; }

private:
    // Every class, input and option of one answer, in blocks that never move: pointers
    // into it stay good for as long as any copy of the catalogue holds it.
    std::shared_ptr<const Detail::CatalogueStore> m_store;
    QStringList m_skipped;
};

} // namespace Easel

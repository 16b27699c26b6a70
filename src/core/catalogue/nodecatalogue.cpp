#include "nodecatalogue.h"

#include "objectmembers.h"
#include "simdjsonsupport_p.h"
#include "stringpool.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::value;

using Detail::StringPool;

QString stringOr(StringPool &pool, value v, const QString &fallback = {})
{
    if (v.type() != json_type::string)
        return fallback;
    return pool.string(std::string_view(v.get_string()));
}

QString uniqueString(value v)
{
    if (v.type() != json_type::string)
        return {};
    const std::string_view text = v.get_string();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool boolOr(value v, bool fallback = false)
{
    if (v.type() != json_type::boolean)
        return fallback;
    return bool(v.get_bool());
}

QStringList stringList(StringPool &pool, value v, bool *ok)
{
    QStringList result;
    if (v.type() != json_type::array) {
        *ok = false;
        return result;
    }
    simdjson::ondemand::array arr = v.get_array();
    for (auto elementResult : arr) {
        value element = elementResult.value();
        const json_type t = element.type();
        if (t == json_type::string)
            result.append(pool.string(std::string_view(element.get_string())));
        else if (t == json_type::number)
            result.append(Detail::numberFromValue(element).toText());
        else
            result.append(Detail::treeFromValue(element).toPythonString());
    }
    return pool.list(std::move(result));
}

void readOptions(StringPool &pool, value v, InputSpec &spec, bool *ok)
{
    if (v.type() != json_type::object) {
        *ok = false;
        return;
    }
    simdjson::ondemand::object obj = v.get_object();
    for (auto fieldResult : obj) {
        auto &field = fieldResult;
        // Option keys never hold escapes worth honouring; the raw key avoids a copy.
        const std::string_view key = field.unescaped_key();
        value option = field.value();
        if (key == "default") {
            spec.defaultValue = pool.value(Detail::treeFromValue(option).toQJsonValue());
        } else if (key == "min" || key == "max" || key == "step") {
            if (option.type() != json_type::number)
                continue;
            const JsonNumber n = Detail::numberFromValue(option);
            (key == "min" ? spec.minimum : key == "max" ? spec.maximum : spec.step) = n;
        } else if (key == "round") {
            if (option.type() == json_type::number)
                spec.round = double(option.get_double());
        } else if (key == "tooltip") {
            if (option.type() == json_type::string) {
                const std::string_view text = option.get_string();
                spec.tooltipUtf8 = pool.bytes(text);
            }
        } else if (key == "multiline") {
            spec.multiline = boolOr(option);
        } else if (key == "forceInput") {
            spec.forceInput = boolOr(option);
        } else if (key == "dynamicPrompts") {
            spec.dynamicPrompts = boolOr(option);
        } else if (key == "control_after_generate") {
            const json_type t = option.type();
            spec.controlAfterGenerateGiven = true;
            spec.controlAfterGenerate = t == json_type::string || (t == json_type::boolean && bool(option.get_bool()));
        } else if (key == "image_upload" || key == "video_upload" || key == "audio_upload"
                   || key == "file_upload") {
            if (boolOr(option))
                spec.uploadKind = pool.string(key.substr(0, key.size() - 7));
        } else if (key == "options") {
            spec.choices = stringList(pool, option, ok);
        }
    }
}

InputSpec readInput(StringPool &pool, const QString &name, InputSpec::Section section, value v, bool *ok)
{
    InputSpec spec;
    spec.name = name;
    spec.section = section;
    const json_type t = v.type();
    if (t == json_type::string) { // hidden inputs of V1 nodes: "PROMPT"
        spec.type = pool.string(std::string_view(v.get_string()));
        return spec;
    }
    if (t != json_type::array) {
        *ok = false;
        return spec;
    }
    simdjson::ondemand::array arr = v.get_array();
    int index = 0;
    for (auto elementResult : arr) {
        value element = elementResult.value();
        if (index == 0) {
            const json_type et = element.type();
            if (et == json_type::string) {
                spec.type = pool.string(std::string_view(element.get_string()));
            } else if (et == json_type::array) {
                spec.type = pool.string(u"COMBO"_s);
                spec.choices = stringList(pool, element, ok);
            } else {
                *ok = false;
            }
        } else if (index == 1) {
            readOptions(pool, element, spec, ok);
        }
        ++index;
    }
    if (index == 0)
        *ok = false;
    return spec;
}

// Exactly the same number: kind and value, so a bound written 1.0 is not shared with 1.
bool sameNumber(const JsonNumber &a, const JsonNumber &b)
{
    if (a.isValid() != b.isValid())
        return false;
    if (!a.isValid())
        return true;
    if (a.isInteger() != b.isInteger())
        return false;
    if (a.isInteger())
        return a == b;
    const double x = a.toDouble();
    const double y = b.toDouble();
    return std::memcmp(&x, &y, sizeof x) == 0;
}

bool sameDefault(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble()) { // exactly: big integers differ below a double's precision, -0.0 is not 0
        const double x = a.toDouble();
        const double y = b.toDouble();
        return a.toInteger() == b.toInteger() && std::memcmp(&x, &y, sizeof x) == 0;
    }
    return a == b;
}

bool sameSpec(const InputSpec &a, const InputSpec &b)
{
    return a.name == b.name && a.section == b.section && a.type == b.type && a.choices == b.choices
        && sameDefault(a.defaultValue, b.defaultValue) && sameNumber(a.minimum, b.minimum)
        && sameNumber(a.maximum, b.maximum) && sameNumber(a.step, b.step) && a.round == b.round
        && a.multiline == b.multiline && a.forceInput == b.forceInput
        && a.controlAfterGenerate == b.controlAfterGenerate
        && a.controlAfterGenerateGiven == b.controlAfterGenerateGiven
        && a.dynamicPrompts == b.dynamicPrompts && a.uploadKind == b.uploadKind
        && a.tooltipUtf8 == b.tooltipUtf8;
}

// One shared InputSpec for each distinct input of the whole answer (see InputList).
// Keyed by a hash of the fields that usually tell inputs apart; candidates are compared
// field by field.
class InputPool
{
public:
    InputList::Shared intern(InputSpec &&spec)
    {
        const size_t key = qHashMulti(0, spec.name, spec.type, int(spec.section), spec.tooltipUtf8,
                                      spec.choices.size(), spec.uploadKind);
        auto [first, last] = m_specs.equal_range(key);
        for (auto it = first; it != last; ++it) {
            if (sameSpec(it->second->spec, spec))
                return it->second;
        }
        InputList::Shared shared(new Detail::SharedInputSpec(std::move(spec)));
        m_specs.emplace(key, shared);
        return shared;
    }

private:
    std::unordered_multimap<size_t, InputList::Shared> m_specs;
};

struct ClassReadResult
{
    NodeClass nodeClass;
    bool ok = true;
};

// Puts the inputs of one section in input_order's order; names it does not list keep
// their text order after it. Servers send the two orders equal almost always, so that
// case costs one comparison per input.
void appendInOrder(InputPool &inputs, InputList &out, QList<InputSpec> &&section, const QStringList &order,
                   bool hasOrder)
{
    bool same = !hasOrder || order.size() == section.size();
    for (qsizetype i = 0; same && hasOrder && i < section.size(); ++i)
        same = section.at(i).name == order.at(i);
    if (same) {
        for (InputSpec &spec : section)
            out.append(inputs.intern(std::move(spec)));
        return;
    }
    std::vector<bool> used(size_t(section.size()), false);
    for (const QString &name : order) {
        for (qsizetype i = 0; i < section.size(); ++i) {
            if (!used[size_t(i)] && section.at(i).name == name) {
                used[size_t(i)] = true;
                out.append(inputs.intern(std::move(section[i])));
                break;
            }
        }
    }
    for (qsizetype i = 0; i < section.size(); ++i) {
        if (!used[size_t(i)])
            out.append(inputs.intern(std::move(section[i])));
    }
}

ClassReadResult readClass(StringPool &pool, InputPool &inputPool, const QString &className, value v)
{
    ClassReadResult r;
    NodeClass &c = r.nodeClass;
    c.name = className;
    if (v.type() != json_type::object) {
        r.ok = false;
        return r;
    }
    QList<InputSpec> textOrder[3]; // by section
    QStringList inputOrder[3];
    bool hasInputOrder = false;
    auto sectionOf = [](std::string_view key) {
        return key == "required" ? 0 : key == "optional" ? 1 : key == "hidden" ? 2 : -1;
    };
    simdjson::ondemand::object obj = v.get_object();
    for (auto fieldResult : obj) {
        auto &field = fieldResult;
        const std::string_view key = field.unescaped_key();
        value fieldValue = field.value();
        if (key == "input") {
            if (fieldValue.type() != json_type::object) {
                r.ok = false;
                continue;
            }
            simdjson::ondemand::object sections = fieldValue.get_object();
            for (auto sectionResult : sections) {
                auto &sectionField = sectionResult;
                const int section = sectionOf(sectionField.unescaped_key());
                if (section < 0)
                    continue;
                value sectionValue = sectionField.value();
                if (sectionValue.type() != json_type::object) {
                    r.ok = false;
                    continue;
                }
                simdjson::ondemand::object inputs = sectionValue.get_object();
                for (auto inputResult : inputs) {
                    auto &inputField = inputResult;
                    const QString inputName = pool.string(std::string_view(inputField.unescaped_key()));
                    textOrder[section].append(readInput(pool, inputName, InputSpec::Section(section),
                                                        inputField.value(), &r.ok));
                }
            }
        } else if (key == "input_order") {
            if (fieldValue.type() != json_type::object)
                continue;
            hasInputOrder = true;
            simdjson::ondemand::object sections = fieldValue.get_object();
            for (auto sectionResult : sections) {
                auto &sectionField = sectionResult;
                const int section = sectionOf(sectionField.unescaped_key());
                if (section < 0)
                    continue;
                bool listOk = true;
                inputOrder[section] = stringList(pool, sectionField.value(), &listOk);
            }
        } else if (key == "output") {
            if (fieldValue.type() != json_type::array) {
                r.ok = false;
                continue;
            }
            simdjson::ondemand::array arr = fieldValue.get_array();
            for (auto elementResult : arr) {
                value element = elementResult.value();
                c.outputTypes.append(element.type() == json_type::string
                                         ? pool.string(std::string_view(element.get_string()))
                                         : pool.string(u"COMBO"_s));
            }
            c.outputTypes = pool.list(std::move(c.outputTypes));
        } else if (key == "output_is_list") {
            if (fieldValue.type() != json_type::array)
                continue;
            simdjson::ondemand::array arr = fieldValue.get_array();
            for (auto elementResult : arr)
                c.outputIsList.append(boolOr(elementResult.value()));
        } else if (key == "output_name") {
            bool listOk = true;
            c.outputNames = stringList(pool, fieldValue, &listOk);
        } else if (key == "name") {
            // Nearly always the key itself: then the key's string is kept once.
            if (fieldValue.type() == json_type::string) {
                const std::string_view text = fieldValue.get_string();
                c.name = QAnyStringView::equal(QUtf8StringView(text.data(), qsizetype(text.size())), className)
                             ? className
                             : pool.string(text);
            }
        } else if (key == "display_name") {
            c.displayName = uniqueString(fieldValue); // one per class: not worth pooling
        } else if (key == "description") {
            c.description = uniqueString(fieldValue);
        } else if (key == "python_module") {
            c.pythonModule = stringOr(pool, fieldValue);
        } else if (key == "category") {
            c.category = stringOr(pool, fieldValue);
        } else if (key == "output_node") {
            c.outputNode = boolOr(fieldValue);
        } else if (key == "deprecated") {
            c.deprecated = boolOr(fieldValue);
        } else if (key == "experimental") {
            c.experimental = boolOr(fieldValue);
        }
    }
    if (c.displayName.isEmpty())
        c.displayName = c.name;
    while (c.outputIsList.size() < c.outputTypes.size())
        c.outputIsList.append(false);
    c.outputIsList = pool.flags(std::move(c.outputIsList));
    if (c.outputNames.isEmpty())
        c.outputNames = c.outputTypes;

    c.inputs.reserve(textOrder[0].size() + textOrder[1].size() + textOrder[2].size());
    for (int section = 0; section < 3; ++section)
        appendInOrder(inputPool, c.inputs, std::move(textOrder[section]), inputOrder[section], hasInputOrder);
    return r;
}

} // namespace

bool InputSpec::hasControlWidget() const
{
    if (!isWidget())
        return false;
    if (controlAfterGenerateGiven)
        return controlAfterGenerate && (type == "INT"_L1 || type == "COMBO"_L1);
    return type == "INT"_L1 && (name == "seed"_L1 || name == "noise_seed"_L1);
}

bool InputSpec::isWidget() const
{
    if (section == Section::Hidden || forceInput)
        return false;
    return type == "INT"_L1 || type == "FLOAT"_L1 || type == "STRING"_L1 || type == "BOOLEAN"_L1
        || type == "COMBO"_L1;
}

const InputSpec *NodeClass::input(QStringView inputName) const
{
    for (const InputSpec &spec : inputs) {
        if (spec.name == inputName)
            return &spec;
    }
    return nullptr;
}

const NodeClass *NodeCatalogue::nodeClass(const QString &name) const
{
    auto it = m_classes.constFind(name);
    return it == m_classes.constEnd() ? nullptr : &it.value();
}

NodeCatalogue NodeCatalogue::fromJson(const QByteArray &json, ParseError *error)
{
    NodeCatalogue catalogue;
    auto fail = [&](simdjson::error_code code, qint64 offset) {
        if (error) {
            error->offset = offset;
            error->message = describeJsonOffset(json, offset) + ": "_L1
                + QString::fromLatin1(simdjson::error_message(code));
        }
        return NodeCatalogue();
    };
    // One node class at a time: each member of the top-level object is copied (with the
    // padding simdjson reads past the end) into a buffer of its own, wrapped as a
    // one-member object, and parsed there. The parser's working memory (about 4 bytes per
    // token, plus the unescaped strings) is then that of the largest class, not of the
    // whole text; and the text itself is never copied whole.
    Detail::ObjectMembers members(json.constData(), json.size());
    simdjson::ondemand::parser parser;
    Detail::StringPool pool;
    InputPool inputPool;
    std::string buffer;
    qsizetype begin = 0;
    qsizetype end = 0;
    while (members.next(&begin, &end)) {
        const size_t length = size_t(end - begin) + 2;
        buffer.reserve(length + simdjson::SIMDJSON_PADDING);
        buffer.assign(1, '{');
        buffer.append(json.constData() + begin, size_t(end - begin));
        buffer.push_back('}');
        const simdjson::padded_string_view view(buffer.data(), length, buffer.capacity());
        simdjson::ondemand::document doc;
        // Offsets in the buffer are one past those in the text (the added brace).
        auto offsetInText = [&] {
            const char *location = nullptr;
            const qint64 local = doc.current_location().get(location) == simdjson::SUCCESS && location
                                     ? qint64(location - buffer.data())
                                     : qint64(length);
            return qint64(begin) + std::clamp<qint64>(local - 1, 0, qint64(end - begin));
        };
        if (auto code = parser.iterate(view).get(doc); code != simdjson::SUCCESS)
            return fail(code, begin);
        try {
            simdjson::ondemand::object root = doc.get_object();
            for (auto fieldResult : root) {
                auto &field = fieldResult;
                const std::string_view rawName = field.unescaped_key();
                const QString className = QString::fromUtf8(rawName.data(), qsizetype(rawName.size()));
                ClassReadResult r = readClass(pool, inputPool, className, field.value());
                if (!r.ok) {
                    catalogue.m_skipped.append(className);
                    continue;
                }
                if (!catalogue.m_classes.contains(className))
                    catalogue.m_order.append(className);
                catalogue.m_classes.insert(className, std::move(r.nodeClass));
            }
            if (Detail::hasTrailingContent(doc))
                return fail(simdjson::TRAILING_CONTENT, offsetInText());
        } catch (const simdjson::simdjson_error &e) {
            return fail(e.error(), offsetInText());
        }
    }
    using Error = Detail::ObjectMembers::Error;
    switch (members.error()) {
    case Error::None:
        break;
    case Error::NotAnObject:
        return fail(simdjson::INCORRECT_TYPE, members.errorOffset());
    case Error::Unterminated:
        return fail(simdjson::INCOMPLETE_ARRAY_OR_OBJECT, members.errorOffset());
    case Error::BadSeparator:
        return fail(simdjson::TAPE_ERROR, members.errorOffset());
    case Error::TrailingContent:
        return fail(simdjson::TRAILING_CONTENT, members.errorOffset());
    }
    if (error)
        *error = {};
    return catalogue;
}

} // namespace Easel

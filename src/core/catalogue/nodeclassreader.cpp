#include "nodeclassreader.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace Easel::Detail {

namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::value;

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

void readOptions(StringPool &pool, value v, InputOptions &options, bool *ok)
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
            options.defaultValue = pool.value(Detail::treeFromValue(option).toQJsonValue());
        } else if (key == "min" || key == "max" || key == "step") {
            if (option.type() != json_type::number)
                continue;
            const JsonNumber n = Detail::numberFromValue(option);
            (key == "min" ? options.minimum : key == "max" ? options.maximum : options.step) = n;
        } else if (key == "round") {
            if (option.type() == json_type::number)
                options.round = double(option.get_double());
        } else if (key == "tooltip") {
            if (option.type() == json_type::string) {
                const std::string_view text = option.get_string();
                options.tooltipUtf8 = pool.bytes(text);
            }
        } else if (key == "multiline") {
            options.multiline = boolOr(option);
        } else if (key == "forceInput") {
            options.forceInput = boolOr(option);
        } else if (key == "dynamicPrompts") {
            options.dynamicPrompts = boolOr(option);
        } else if (key == "control_after_generate") {
            const json_type t = option.type();
            options.controlAfterGenerateGiven = true;
            options.controlAfterGenerate = t == json_type::string || (t == json_type::boolean && bool(option.get_bool()));
        } else if (key == "image_upload" || key == "video_upload" || key == "audio_upload"
                   || key == "file_upload") {
            if (boolOr(option))
                options.uploadKind = pool.string(key.substr(0, key.size() - 7));
        } else if (key == "options") {
            options.choices = stringList(pool, option, ok);
        }
    }
}

const InputSpec *readInput(CatalogueBuilder &b, const QString &name, InputSpec::Section section, value v, bool *ok)
{
    StringPool &pool = b.pool;
    const QString *type = &pool.ref(std::string_view());
    InputOptions options;
    const json_type t = v.type();
    if (t == json_type::string) { // hidden inputs of V1 nodes: "PROMPT"
        type = &pool.ref(std::string_view(v.get_string()));
    } else if (t != json_type::array) {
        *ok = false;
    } else {
        simdjson::ondemand::array arr = v.get_array();
        int index = 0;
        for (auto elementResult : arr) {
            value element = elementResult.value();
            if (index == 0) {
                const json_type et = element.type();
                if (et == json_type::string) {
                    type = &pool.ref(std::string_view(element.get_string()));
                } else if (et == json_type::array) {
                    type = &pool.ref(std::string_view("COMBO"));
                    options.choices = stringList(pool, element, ok);
                } else {
                    *ok = false;
                }
            } else if (index == 1) {
                readOptions(pool, element, options, ok);
            }
            ++index;
        }
        if (index == 0)
            *ok = false;
    }
    return b.input(name, section, *type, std::move(options));
}

// Puts the inputs of one section in input_order's order; names it does not list keep
// their text order after it. Servers send the two orders equal almost always, so that
// case costs one comparison per input.
void appendInOrder(CatalogueBuilder &b, const std::vector<const InputSpec *> &section, const QStringList &order, bool hasOrder)
{
    bool same = !hasOrder || order.size() == qsizetype(section.size());
    for (size_t i = 0; same && hasOrder && i < section.size(); ++i)
        same = section[i]->name == order.at(qsizetype(i));
    if (same) {
        b.ordered.insert(b.ordered.end(), section.begin(), section.end());
        return;
    }
    b.used.assign(section.size(), false);
    for (const QString &name : order) {
        for (size_t i = 0; i < section.size(); ++i) {
            if (!b.used[i] && section[i]->name == name) {
                b.used[i] = true;
                b.ordered.push_back(section[i]);
                break;
            }
        }
    }
    for (size_t i = 0; i < section.size(); ++i) {
        if (!b.used[i])
            b.ordered.push_back(section[i]);
    }
}

} // namespace

ClassReadResult readClass(CatalogueBuilder &b, const QString &className, value v)
{
    StringPool &pool = b.pool;
    ClassReadResult r;
    ClassParts &c = r.parts;
    c.name = className;
    if (v.type() != json_type::object) {
        r.ok = false;
        return r;
    }
    for (int section = 0; section < 3; ++section) {
        b.textOrder[section].clear();
        b.inputOrder[section].clear();
    }
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
                    const QString &inputName = pool.ref(std::string_view(inputField.unescaped_key()));
                    b.textOrder[section].push_back(
                        readInput(b, inputName, InputSpec::Section(section), inputField.value(), &r.ok));
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
                b.inputOrder[section] = stringList(pool, sectionField.value(), &listOk);
            }
        } else if (key == "output") {
            if (fieldValue.type() != json_type::array) {
                r.ok = false;
                continue;
            }
            simdjson::ondemand::array arr = fieldValue.get_array();
            for (auto elementResult : arr) {
                value element = elementResult.value();
                c.shared.outputTypes.append(element.type() == json_type::string
                                         ? pool.string(std::string_view(element.get_string()))
                                         : pool.string(u"COMBO"_s));
            }
            c.shared.outputTypes = pool.list(std::move(c.shared.outputTypes));
        } else if (key == "output_is_list") {
            if (fieldValue.type() != json_type::array)
                continue;
            simdjson::ondemand::array arr = fieldValue.get_array();
            for (auto elementResult : arr)
                c.shared.outputIsList.append(boolOr(elementResult.value()));
        } else if (key == "output_name") {
            bool listOk = true;
            c.shared.outputNames = stringList(pool, fieldValue, &listOk);
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
            c.shared.pythonModule = stringOr(pool, fieldValue);
        } else if (key == "category") {
            c.shared.category = stringOr(pool, fieldValue);
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
    while (c.shared.outputIsList.size() < c.shared.outputTypes.size())
        c.shared.outputIsList.append(false);
    c.shared.outputIsList = pool.flags(std::move(c.shared.outputIsList));
    if (c.shared.outputNames.isEmpty())
        c.shared.outputNames = c.shared.outputTypes;

    if (r.ok) {
        b.ordered.clear();
        for (int section = 0; section < 3; ++section)
            appendInOrder(b, b.textOrder[section], b.inputOrder[section], hasInputOrder);
        c.inputs = b.inputList(b.ordered);
    }
    return r;
}

} // namespace Easel::Detail

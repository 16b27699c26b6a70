#include "nodecatalogue.h"

#include "cataloguebuilder.h"
#include "nodeclassreader.h"
#include "objectmembers.h"
#include "simdjsonsupport_p.h"

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace Easel {

const InputOptions &InputOptions::none()
{
    static const InputOptions empty;
    return empty;
}

bool InputSpec::hasControlWidget() const
{
    if (!isWidget())
        return false;
    if (controlAfterGenerateGiven())
        return controlAfterGenerate() && (type == "INT"_L1 || type == "COMBO"_L1);
    return type == "INT"_L1 && (name == "seed"_L1 || name == "noise_seed"_L1);
}

bool InputSpec::isWidget() const
{
    if (section == Section::Hidden || forceInput())
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

int NodeCatalogue::size() const
{
    return m_store ? int(m_store->distinctClasses) : 0;
}

const NodeClass *NodeCatalogue::nodeClass(const QString &name) const
{
    return m_store ? m_store->find(name) : nullptr;
}

QStringList NodeCatalogue::classNames() const
{
    QStringList names;
    if (!m_store)
        return names;
    names.reserve(qsizetype(m_store->distinctClasses));
    m_store->classes.forEach([&](const Detail::CatalogueStore::Entry &entry) {
        if (entry.link != -2)
            names.append(entry.key);
    });
    return names;
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
    auto store = std::make_shared<Detail::CatalogueStore>();
    Detail::CatalogueBuilder builder(*store);
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
                Detail::ClassReadResult r = Detail::readClass(builder, className, field.value());
                if (!r.ok) {
                    catalogue.m_skipped.append(className);
                    continue;
                }
                Detail::ClassParts &parts = r.parts;
                NodeClass nodeClass(std::move(parts.name), std::move(parts.displayName), std::move(parts.description),
                                    builder.shared(std::move(parts.shared)), parts.inputs);
                nodeClass.outputNode = parts.outputNode;
                nodeClass.deprecated = parts.deprecated;
                nodeClass.experimental = parts.experimental;
                builder.addClass(className, std::move(nodeClass));
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
    store->strings = builder.takeStrings();
    catalogue.m_store = std::move(store);
    return catalogue;
}

} // namespace Easel

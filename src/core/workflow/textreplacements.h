#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Easel {

// The frontend's "%...%" replacements in output file names (ComfyUI_frontend
// src/utils/searchAndReplace.ts applyTextReplacements, src/utils/formatUtil.ts formatDate,
// src/extensions/core/saveImageExtraOutput.ts). Every "%text%" (non-empty, no "%" inside):
//  - text with exactly one ".": "Node.widget" names a node by its "Node name for S&R"
//    property, else by its title (the first such node in graph order), and one of its
//    widgets by name; the widget's value as text replaces it, with / ? < > \ : * | " and
//    control characters made "_". An unknown node or widget is left as written.
//  - otherwise text starting "date:" is a date format (local time): d, dd, M, MM, h, hh,
//    m, mm, s, ss, yy, yyyy; anything else is kept. Only the part before the first "."
//    counts ("%date:yyyy.MM%" is two parts, a node look-up; "%date:yy.MM.dd%" gives "yy").
//  - anything else ("%width%", "%height%" that the server fills in) is left alone.
namespace TextReplacements {

struct Node
{
    QString searchName;     // the "Node name for S&R" property; see hasSearchName
    bool hasSearchName = false;
    QString title;
    QList<QPair<QString, QString>> widgets; // name, value as JavaScript writes it
};

QString apply(const QString &value, const QList<Node> &nodes, const QDateTime &now);
QString formatDate(const QString &format, const QDateTime &local);
// The node types whose filename_prefix the frontend runs this on (saveImageExtraOutput.ts);
// every other node gets a "Node name for S&R" property equal to its type when created.
bool isSaveNodeType(const QString &classType);
// Quick test: could apply change the text?
inline bool hasPattern(const QString &value) { return value.count(u'%') >= 2; }

} // namespace TextReplacements
} // namespace Easel

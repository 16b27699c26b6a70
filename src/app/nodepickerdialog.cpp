#include "nodepickerdialog.h"
#include "ui_nodepickerdialog.h"

#include "nodecatalogue.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Easel {

namespace {

constexpr auto recentKey = "nodePicker/recent";
constexpr auto favouritesKey = "nodePicker/favourites";
constexpr int recentLimit = 12;
constexpr int classRole = Qt::UserRole + 1;

QStringList readList(const char *key)
{
    return QSettings().value(QString::fromLatin1(key)).toStringList();
}

QString typesText(const QStringList &types)
{
    return types.isEmpty() ? QStringLiteral("—") : types.join(u", "_s);
}

// What a search word may match: the names, the category path, and the socket types (so
// "LATENT" finds the nodes that take or give latents).
QString searchText(const NodeClass &cls)
{
    QStringList parts{cls.displayName, cls.name, cls.category};
    for (const InputSpec &spec : cls.inputs) {
        if (spec.section != InputSpec::Section::Hidden && !spec.isWidget())
            parts.append(spec.type);
    }
    parts += cls.outputTypes;
    return parts.join(u' ');
}

} // namespace

NodePickerDialog::NodePickerDialog(std::shared_ptr<const NodeCatalogue> catalogue, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NodePickerDialog>())
    , m_catalogue(std::move(catalogue))
{
    m_ui->setupUi(this);
    m_ui->placementLabel->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->nodeList->setColumnWidth(0, 260);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &NodePickerDialog::refill);
    connect(m_ui->nodeList, &QTreeWidget::currentItemChanged, this, &NodePickerDialog::showDetails);
    connect(m_ui->nodeList, &QTreeWidget::itemActivated, this, &NodePickerDialog::accept);
    connect(m_ui->favouriteBox, &QCheckBox::toggled, this, [this](bool on) {
        const QString cls = selectedClass();
        if (cls.isEmpty() || favouriteClasses().contains(cls) == on)
            return;
        setFavourite(cls, on);
        refill();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NodePickerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NodePickerDialog::reject);
    // Arrow keys in the search box move through the list, so typing and choosing need no mouse.
    m_ui->searchEdit->installEventFilter(this);
    setFocusProxy(m_ui->searchEdit);
    refill();
}

NodePickerDialog::~NodePickerDialog() = default;

void NodePickerDialog::setPlacementText(const QString &text)
{
    m_ui->placementLabel->setText(text);
    m_ui->placementLabel->setVisible(!text.isEmpty());
}

QString NodePickerDialog::selectedClass() const
{
    const QTreeWidgetItem *item = m_ui->nodeList->currentItem();
    return item ? item->data(0, classRole).toString() : QString();
}

QStringList NodePickerDialog::recentClasses()
{
    return readList(recentKey);
}

QStringList NodePickerDialog::favouriteClasses()
{
    return readList(favouritesKey);
}

void NodePickerDialog::setFavourite(const QString &classType, bool favourite)
{
    QStringList list = favouriteClasses();
    list.removeAll(classType);
    if (favourite)
        list.prepend(classType);
    QSettings().setValue(QString::fromLatin1(favouritesKey), list);
}

void NodePickerDialog::addRecent(const QString &classType)
{
    QStringList list = recentClasses();
    list.removeAll(classType);
    list.prepend(classType);
    while (list.size() > recentLimit)
        list.removeLast();
    QSettings().setValue(QString::fromLatin1(recentKey), list);
}

void NodePickerDialog::accept()
{
    const QString cls = selectedClass();
    if (cls.isEmpty())
        return;
    addRecent(cls);
    QDialog::accept();
}

bool NodePickerDialog::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_ui->nodeList, event);
            return true;
        }
    }
    return QDialog::eventFilter(object, event);
}

void NodePickerDialog::refill()
{
    const QString keep = selectedClass();
    m_ui->nodeList->clear();
    if (!m_catalogue)
        return;
    const QStringList words = m_ui->searchEdit->text().split(u' ', Qt::SkipEmptyParts);
    const QStringList favourites = favouriteClasses();
    const QStringList recent = recentClasses();
    struct Row
    {
        int group; // 0 favourite, 1 recent, 2 the rest
        int order;
        const NodeClass *cls;
    };
    QList<Row> rows;
    for (const QString &name : m_catalogue->classNames()) {
        const NodeClass *cls = m_catalogue->nodeClass(name);
        if (!cls || cls->deprecated)
            continue;
        const QString text = searchText(*cls);
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return text.contains(word, Qt::CaseInsensitive);
        });
        if (!matches)
            continue;
        if (const qsizetype f = favourites.indexOf(name); f >= 0)
            rows.append({0, int(f), cls});
        else if (const qsizetype r = recent.indexOf(name); r >= 0)
            rows.append({1, int(r), cls});
        else
            rows.append({2, 0, cls});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.order != b.order)
            return a.order < b.order;
        return a.cls->displayName.compare(b.cls->displayName, Qt::CaseInsensitive) < 0;
    });
    QTreeWidgetItem *select = nullptr;
    for (const Row &row : std::as_const(rows)) {
        auto *item = new QTreeWidgetItem(m_ui->nodeList);
        const QString mark = row.group == 0 ? u"★ "_s : row.group == 1 ? u"◷ "_s : QString();
        item->setText(0, mark + row.cls->displayName);
        item->setText(1, row.cls->category);
        item->setToolTip(0, row.group == 0 ? tr("Favourite: %1").arg(row.cls->name)
                            : row.group == 1 ? tr("Recently added: %1").arg(row.cls->name)
                                             : row.cls->name);
        item->setData(0, classRole, row.cls->name);
        if (row.cls->name == keep || (!select && keep.isEmpty()))
            select = item;
    }
    if (!select && m_ui->nodeList->topLevelItemCount() > 0)
        select = m_ui->nodeList->topLevelItem(0);
    m_ui->nodeList->setCurrentItem(select);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(select != nullptr);
    if (!select)
        showDetails();
}

void NodePickerDialog::showDetails()
{
    const NodeClass *cls = m_catalogue ? m_catalogue->nodeClass(selectedClass()) : nullptr;
    m_ui->favouriteBox->setEnabled(cls != nullptr);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(cls != nullptr);
    if (!cls) {
        m_ui->detailsView->setHtml(tr("<p>No node matches.</p>"));
        return;
    }
    {
        const QSignalBlocker block(m_ui->favouriteBox);
        m_ui->favouriteBox->setChecked(favouriteClasses().contains(cls->name));
    }
    QStringList inputs;
    QStringList widgets;
    for (const InputSpec &spec : cls->inputs) {
        if (spec.section == InputSpec::Section::Hidden)
            continue;
        const QString item = spec.section == InputSpec::Section::Optional ? tr("%1 (%2, optional)").arg(spec.name, spec.type)
                                                                         : tr("%1 (%2)").arg(spec.name, spec.type);
        (spec.isWidget() ? widgets : inputs).append(item.toHtmlEscaped());
    }
    QStringList outputs;
    for (int k = 0; k < cls->outputTypes.size(); ++k) {
        const QString name = k < cls->outputNames.size() ? cls->outputNames.at(k) : cls->outputTypes.at(k);
        outputs.append((name == cls->outputTypes.at(k) ? name : tr("%1 (%2)").arg(name, cls->outputTypes.at(k)))
                           .toHtmlEscaped());
    }
    QString html = u"<h3>%1</h3><p><small>%2 · %3</small></p>"_s.arg(cls->displayName.toHtmlEscaped(),
                                                                      cls->name.toHtmlEscaped(),
                                                                      cls->category.toHtmlEscaped());
    if (!cls->description.isEmpty())
        html += u"<p>%1</p>"_s.arg(cls->description.toHtmlEscaped());
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Inputs:"), typesText(inputs));
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Values:"), typesText(widgets));
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Outputs:"), typesText(outputs));
    if (cls->outputNode)
        html += u"<p><i>%1</i></p>"_s.arg(tr("An output node: the prompt runs up to it."));
    m_ui->detailsView->setHtml(html);
}

} // namespace Easel

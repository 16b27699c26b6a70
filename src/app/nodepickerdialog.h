#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QTreeWidgetItem;
namespace Ui {
class NodePickerDialog;
}
QT_END_NAMESPACE

namespace Easel {

class NodeCatalogue;

// Picks a node class from the server's catalogue: a search over display names, class
// names, categories and socket types; each node shown with its category, description and
// input and output types. Favourites come first, then the recently picked, then the rest
// by name; both lists are kept in QSettings.
class NodePickerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NodePickerDialog(std::shared_ptr<const NodeCatalogue> catalogue, QWidget *parent = nullptr);
    ~NodePickerDialog() override;

    // What the new node is for, shown above the search ("After Load Checkpoint #4").
    void setPlacementText(const QString &text);
    QString selectedClass() const;

    // The lists in QSettings, most recent first.
    static QStringList recentClasses();
    static QStringList favouriteClasses();
    static void setFavourite(const QString &classType, bool favourite);
    static void addRecent(const QString &classType);

    void accept() override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void refill();
    void showDetails();

    std::unique_ptr<Ui::NodePickerDialog> m_ui;
    std::shared_ptr<const NodeCatalogue> m_catalogue;
};

} // namespace Easel

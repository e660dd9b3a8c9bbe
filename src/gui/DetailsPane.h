#pragma once

#include <memory>
#include <QList>
#include <QModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Ui {
class DetailsPane;
}

namespace berth {

class RegistryTreeModel;

// The right-hand pane: everything about the selected tag or artifact, and pull commands with
// copy buttons.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);
    ~DetailsPane() override;

    // A source-model index (not a proxy index).
    void showNode(const RegistryTreeModel *model, const QModelIndex &sourceIndex);
    void clear();
    QString pullCommand() const; // docker by tag (or by digest for untagged), for Ctrl+C

Q_SIGNALS:
    void copied(const QString &what);

private:
    // A caption and its value, both from the form, hidden while the value is empty.
    struct Row
    {
        QLabel *caption;
        QLabel *value;
    };
    QList<Row> rows() const;
    static void setRow(const Row &row, const QString &value);
    void copyFrom(QLineEdit *edit);

    std::unique_ptr<Ui::DetailsPane> m_ui;
};

} // namespace berth

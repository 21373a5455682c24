#pragma once

#include "orders/CustomerImport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace custos {
class CustomerService;
}

namespace custos::ui {

// The rows of a customer import as a table: line, what will happen, and the main fields.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, StatusColumn, NameColumn, PhoneColumn, PostalCodeColumn, CityColumn, ColumnCount };
    enum Role { WillImportRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // `import` must outlive the model or be replaced before it goes; `service` names the
    // customers a row duplicates.
    void setImport(const custos::CustomerImport* import, const custos::CustomerService* service = nullptr);
    // After the duplicate choice changed which rows will be imported.
    void refreshStatus();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Will import", or every reason the row is skipped, as shown in the Status column.
    QString statusText(const custos::ImportRow& row) const;

private:
    QString customerName(qint64 customerId) const;

    const custos::CustomerImport* m_import = nullptr;
    const custos::CustomerService* m_service = nullptr;
    mutable QHash<qint64, QString> m_names; // looked up as rows are shown
};

} // namespace custos::ui

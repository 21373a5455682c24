#pragma once

#include "domain/Customer.h"

#include <QAbstractTableModel>
#include <QList>

namespace custos {
class CustomerService;
}

namespace custos::ui {

// The customer list, a page of kPageSize rows at a time: the view asks for more (canFetchMore/
// fetchMore) as the clerk scrolls, so a vault of 100,000 customers opens as fast as one of 10.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Column { NameColumn, PhoneColumn, PostalCodeColumn, CityColumn, EmailColumn, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1, ArchivedRole };

    explicit CustomerListModel(const custos::CustomerService& service, QObject* parent = nullptr);

    // Starts over with a new query: the first page is loaded at once, the rest on demand.
    void setQuery(const QString& text, bool includeArchived, custos::CustomerSort sort);
    // The same query again (after a save, an archive or an import).
    void reload();

    const QString& queryText() const { return m_query.text; }
    bool includesArchived() const { return m_query.includeArchived; }
    custos::CustomerSort sortOrder() const { return m_query.sort; }
    // All customers matching the query, loaded or not; -1 while a search has more pages to load
    // (a search is not counted ahead: see reload()).
    int totalCount() const { return m_total; }
    int loadedCount() const { return int(m_rows.size()); }
    // Empty unless the last load failed (the message is for the clerk).
    const QString& errorMessage() const { return m_error; }

    const custos::Customer& customer(int row) const { return m_rows.at(row).customer; }
    // -1 when the customer is not among the loaded rows.
    int rowOf(qint64 customerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // After every load (reset or further page), for the count label and error line.
    void loaded();

private:
    struct Row
    {
        custos::Customer customer;
        QString phone; // as shown
    };
    QList<Row> load(int offset, int limit);

    const custos::CustomerService& m_service;
    custos::CustomerQuery m_query;
    QString m_region;
    QList<Row> m_rows;
    int m_total = 0;
    bool m_exhausted = true;
    QString m_error;
};

} // namespace custos::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace yttra {

/// Which document row a model row shows while a model announces a change the document has
/// already made. StatementDocument signals after it inserted, removed or moved an entry, but
/// between a model's begin…Rows() and end…Rows() views (and Qt's model tester) still expect
/// the rows as they were: row r of the old list, whatever its data now is.
class PendingRowChange
{
public:
    void inserted(qsizetype index) { set(Kind::Inserted, index, index); }
    void removed(qsizetype index) { set(Kind::Removed, index, index); }
    void moved(qsizetype from, qsizetype to) { set(Kind::Moved, from, to); }
    void clear() { m_kind = Kind::None; }

    /// The document's row for a model row; -1 for the row the document has just removed.
    qsizetype documentRow(qsizetype modelRow) const
    {
        switch (m_kind) {
        case Kind::None:
            return modelRow;
        case Kind::Inserted:
            return modelRow < m_from ? modelRow : modelRow + 1;
        case Kind::Removed:
            return modelRow < m_from ? modelRow : modelRow == m_from ? -1 : modelRow - 1;
        case Kind::Moved:
            if (modelRow == m_from)
                return m_to;
            if (m_from < m_to && modelRow > m_from && modelRow <= m_to)
                return modelRow - 1;
            if (m_to < m_from && modelRow >= m_to && modelRow < m_from)
                return modelRow + 1;
            return modelRow;
        }
        return modelRow;
    }

private:
    enum class Kind { None, Inserted, Removed, Moved };

    void set(Kind kind, qsizetype from, qsizetype to)
    {
        m_kind = kind;
        m_from = from;
        m_to = to;
    }

    Kind m_kind = Kind::None;
    qsizetype m_from = 0;
    qsizetype m_to = 0;
};

} // namespace yttra

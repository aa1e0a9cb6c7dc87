// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace yttra {

/// The value of an operation that can fail, or the error that says what went wrong and where.
/// (std::expected is C++23; this is the small part of it we need.)
template <typename T, typename E = QString>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    static Result failure(E error) { return Result(std::in_place_index<1>, std::move(error)); }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

private:
    template <std::size_t I, typename V>
    Result(std::in_place_index_t<I> index, V &&v) : m_data(index, std::forward<V>(v)) {}

    std::variant<T, E> m_data;
};

/// Success carries nothing; failure carries the error.
template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    static Result failure(E error)
    {
        Result r;
        r.m_error = std::move(error);
        r.m_failed = true;
        return r;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace yttra

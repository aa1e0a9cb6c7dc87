// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include <memory>

namespace yttra {

/// Owning pointers for the C objects of cairo, Pango, GLib and fontconfig, so that every
/// early return releases what was made (each type names its own release function).
template <auto Release>
struct CReleaser
{
    template <typename T>
    void operator()(T *p) const
    {
        if (p)
            Release(p);
    }
};

inline void releaseGObject(gpointer object) { g_object_unref(object); }

using CairoPtr = std::unique_ptr<cairo_t, CReleaser<cairo_destroy>>;
using CairoSurfacePtr = std::unique_ptr<cairo_surface_t, CReleaser<cairo_surface_destroy>>;
using CairoFontOptionsPtr = std::unique_ptr<cairo_font_options_t, CReleaser<cairo_font_options_destroy>>;
using PangoFontMapPtr = std::unique_ptr<PangoFontMap, CReleaser<releaseGObject>>;
using PangoContextPtr = std::unique_ptr<PangoContext, CReleaser<releaseGObject>>;
using PangoLayoutPtr = std::unique_ptr<PangoLayout, CReleaser<releaseGObject>>;
using PangoAttrListPtr = std::unique_ptr<PangoAttrList, CReleaser<pango_attr_list_unref>>;
using PangoFontDescriptionPtr = std::unique_ptr<PangoFontDescription, CReleaser<pango_font_description_free>>;
using PangoTabArrayPtr = std::unique_ptr<PangoTabArray, CReleaser<pango_tab_array_free>>;
using PangoLayoutIterPtr = std::unique_ptr<PangoLayoutIter, CReleaser<pango_layout_iter_free>>;
using FcPatternPtr = std::unique_ptr<FcPattern, CReleaser<FcPatternDestroy>>;

} // namespace yttra

#ifndef SEGMENTS_CLIBXML2_SHIM_H
#define SEGMENTS_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU, whose headers clash with the ICU copy inside
// Foundation. Nothing used here needs ICU types, so keep libxml2 from including them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#endif

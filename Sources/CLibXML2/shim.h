#ifndef SEGMENTS_CLIBXML2_SHIM_H
#define SEGMENTS_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#endif

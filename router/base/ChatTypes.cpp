#include "router/base/ChatTypes.h"
// ChatTypes are plain values; this unit keeps the header compiled on its own.

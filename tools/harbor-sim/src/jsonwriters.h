// The JSON Harbor writes for artifacts, tags, projects and repositories (Simulator::writeArtifact,
// writeTag, projectJson, repoJson in jsonwriters.cpp).
#pragma once

#include "model.h"

#include <vector>

namespace sim {

// An artifact's tags in Harbor's order: newest push first, then the higher id.
std::vector<const TagRec *> sortedTags(const ArtifactRec &a);

} // namespace sim

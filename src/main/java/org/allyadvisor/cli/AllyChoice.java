package org.allyadvisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.text.NearestName;

/** The --ally option of the commands that report per ally: ids typed in any case, checked against the facts. */
final class AllyChoice {

    private AllyChoice() {
    }

    /** The --ally ids as the fact set spells them, whatever case they were typed in. */
    static List<String> askedFor(List<String> typed, FactSet factSet, Path facts) throws UsageException {
        List<String> ids = factSet.allies().stream().map(Ally::id).toList();
        List<String> asked = new ArrayList<>();
        for (String id : typed) {
            String known = ids.stream().filter(k -> k.equalsIgnoreCase(id)).findFirst().orElse(null);
            if (known == null) {
                Optional<String> near = NearestName.within(id, ids, 1);
                throw new UsageException("no ally '" + id + "' in " + facts + (near.isPresent() ? "; did you mean '"
                        + near.get() + "'?" : ids.size() <= 60 ? "; it has " + String.join(", ", ids)
                        : "; it has " + ids.size() + " allies, from " + ids.get(0) + " to " + ids.get(ids.size() - 1)));
            }
            asked.add(known);
        }
        return asked;
    }
}

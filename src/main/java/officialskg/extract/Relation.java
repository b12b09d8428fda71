package officialskg.extract;

import java.util.Map;
import java.util.Objects;

/**
 * A relation between mentions of one document.
 *
 * @param args          role → index into the document's mention list
 * @param status        for {@code holdsPosition}: current, former, elect, nominee, acting, candidate; else {@code null}
 * @param evidenceStart start of the evidence sentence (code points)
 * @param evidenceEnd   end of the evidence sentence (code points, exclusive)
 */
public record Relation(RelationType type, Map<String, Integer> args, String status, double confidence,
                       int evidenceStart, int evidenceEnd) {

    public Relation {
        Objects.requireNonNull(type, "type");
        args = Map.copyOf(args);
        for (String role : type.requiredRoles()) {
            if (!args.containsKey(role)) {
                throw new IllegalArgumentException(type.label() + " needs role " + role);
            }
        }
    }
}

package dev.newsdesk.ingest.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import dev.newsdesk.datafile.DataFile;

/** The news agencies that feed many outlets (Reuters, AFP, AP, ...), by every name articles give them. */
final class WireServices {

    private static final String RESOURCE = "ingest/enrich/wire-services.txt";

    private final Map<String, String> nameByWrittenForm;

    private WireServices(Map<String, String> nameByWrittenForm) {
        this.nameByWrittenForm = Map.copyOf(nameByWrittenForm);
    }

    static WireServices standard() {
        Map<String, String> names = new HashMap<>();
        for (String entry : DataFile.lines(RESOURCE)) {
            List<String> fields = DataFile.fields(entry, 2);
            String name = fields.get(0);
            names.put(key(name), name);
            DataFile.items(fields.get(1)).forEach(alias -> names.put(key(alias), name));
        }
        return new WireServices(names);
    }

    /** The agency's usual name when the text names a wire service. */
    Optional<String> named(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(nameByWrittenForm.get(key(text)));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}

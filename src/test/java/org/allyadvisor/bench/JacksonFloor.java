package org.allyadvisor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The floor a CLI start is measured against: a program that does the least any run must do — start
 * the JVM, read the fact folder's YAML and CSV files with Jackson, print them as JSON — and nothing
 * of rules. {@code src/bench/cold-start.sh} times it with {@code FLOOR=1}.
 */
public final class JacksonFloor {

    private JacksonFloor() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "facts");
        Map<String, JsonNode> read = new TreeMap<>();
        YAMLMapper yaml = new YAMLMapper();
        CsvMapper csv = new CsvMapper();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    read.put(name, yaml.readTree(file.toFile()));
                } else if (name.endsWith(".csv")) {
                    List<Object> rows =
                            csv.readerFor(Map.class)
                                    .with(CsvSchema.emptySchema().withHeader())
                                    .readValues(file.toFile())
                                    .readAll();
                    read.put(name, csv.valueToTree(rows));
                }
            }
        }
        System.out.println(
                new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(read));
    }
}

/*
 * The floor apispec is measured against: read a spec file and parse it with libyaml,
 * event by event, as apispec's loader does, and nothing else. Exits 0 on a clean
 * parse, 1 on a YAML error, 2 on a usage or I/O problem.
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static unsigned char *read_file(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    unsigned char *bytes = NULL;
    if (fseek(file, 0, SEEK_END) == 0) {
        long length = ftell(file);
        if (length >= 0 && fseek(file, 0, SEEK_SET) == 0) {
            bytes = malloc(length > 0 ? (size_t)length : 1);
            if (bytes && fread(bytes, 1, (size_t)length, file) != (size_t)length) {
                free(bytes);
                bytes = NULL;
            }
            *size = (size_t)length;
        }
    }
    fclose(file);
    return bytes;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: yaml_floor SPEC\n");
        return 2;
    }
    size_t size = 0;
    unsigned char *bytes = read_file(argv[1], &size);
    if (!bytes) {
        fprintf(stderr, "yaml_floor: cannot read %s\n", argv[1]);
        return 2;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) return 2;
    yaml_parser_set_input_string(&parser, bytes, size);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    int status = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "yaml_floor: %s:%zu:%zu: %s\n", argv[1], parser.problem_mark.line + 1,
                    parser.problem_mark.column + 1, parser.problem ? parser.problem : "YAML error");
            status = 1;
            break;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    return status;
}

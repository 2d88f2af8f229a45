"Parte 3 del curso: fine-tuning y seguridad (capítulos 10–14: aplicaciones, importancia, parámetros de seguridad, envenenamiento, memorización, erosión de la seguridad y ética)."

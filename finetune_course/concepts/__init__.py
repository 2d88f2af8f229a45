"Parte 1 del curso: los conceptos (capítulos 01–03: qué es un LLM, aprendizaje profundo, fine-tuning como transferencia)."

"Parte 2 del curso: los seis pasos del fine-tuning (capítulos 04–09: objetivo, modelo, datos, configuración, entrenamiento y evaluación)."

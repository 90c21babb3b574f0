-- Where each school figure was read in its return (学生与专业!I3:I15, 经费!B5), as column=location
-- pairs: the change report says where a value that moved was typed.
ALTER TABLE vs_school ADD COLUMN figure_cells VARCHAR(4000);

document.getElementById("root").textContent = "madoguchi";
